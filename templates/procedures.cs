<?cs include:"macros.cs" ?><?cs
if:Search.fixed_field ?><?cs set:Page.Title = Field.name ?><?cs else ?><?cs set:Page.Title = Lang.Cat.ListTitle ?><?cs /if ?><?cs
def:body() ?>
<?cs if:Search.fixed_field ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/"><?cs var:Lang.Nav.Home ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/thu-tuc"><?cs var:Lang.Cat.ListTitle ?></a></li></ol>
</nav>
<h1><?cs var:Field.name ?></h1>
<?cs else ?>
<h1><?cs var:Lang.Cat.ListTitle ?></h1>
<?cs /if ?>
<?cs call:search_box(Search.q) ?>
<?cs if:Search.AnyIgnored ?>
<p class="note" role="status"><?cs var:Lang.Cat.IgnoredNote ?>
  <?cs if:Search.Ignored.q ?><?cs var:Lang.Cat.IgnoredQ ?>; <?cs /if ?>
  <?cs if:Search.Ignored.field ?><?cs var:Lang.Cat.IgnoredField ?>; <?cs /if ?>
  <?cs if:Search.Ignored.agency ?><?cs var:Lang.Cat.IgnoredAgency ?>; <?cs /if ?>
  <?cs if:Search.Ignored.level ?><?cs var:Lang.Cat.IgnoredLevel ?>; <?cs /if ?>
  <?cs if:Search.Ignored.channel ?><?cs var:Lang.Cat.IgnoredChannel ?>; <?cs /if ?>
  <?cs if:Search.Ignored.alevel ?><?cs var:Lang.Cat.IgnoredAlevel ?>; <?cs /if ?>
  <?cs if:Search.Ignored.page ?><?cs var:Lang.Cat.IgnoredPage ?>; <?cs /if ?></p>
<?cs /if ?>
<div class="list-layout">
<form class="filters" id="loc" method="get" action="<?cs var:Req.BasePath ?><?cs if:Search.fixed_field ?>/linh-vuc/<?cs var:url_escape(Search.field) ?><?cs else ?>/thu-tuc<?cs /if ?>" aria-labelledby="bo-loc">
  <?cs # on a phone the filters fold to this one link, so the results
       come first (CSS :target: no JavaScript needed) ?>
  <p class="filters-toggle"><a href="#loc"><?cs var:Lang.Cat.ShowFilters ?></a></p>
  <h2 id="bo-loc"><?cs var:Lang.Cat.Filters ?></h2>
  <?cs if:Search.q ?><input type="hidden" name="q" value="<?cs var:Search.q ?>"><?cs /if ?>
  <?cs if:!Search.fixed_field ?>
  <div class="field"><label for="linh-vuc"><?cs var:Lang.Cat.FilterField ?></label>
    <select id="linh-vuc" name="linh-vuc"><option value=""><?cs var:Lang.Cat.Any ?></option>
    <?cs each:f = Cat.F ?><?cs if:f.count > 0 ?><option value="<?cs var:f.slug ?>"<?cs if:f.slug == Search.field ?> selected<?cs /if ?>><?cs var:f.name ?> (<?cs var:f.count ?>)</option><?cs /if ?><?cs /each ?>
    </select></div>
  <?cs /if ?>
  <div class="field"><label for="co-quan"><?cs var:Lang.Cat.FilterAgency ?></label>
    <select id="co-quan" name="co-quan"><option value=""><?cs var:Lang.Cat.Any ?></option>
    <?cs each:a = Cat.A ?><?cs if:a.count > 0 ?><option value="<?cs var:a.code ?>"<?cs if:a.code == Search.agency ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /if ?><?cs /each ?>
    </select></div>
  <fieldset><legend><?cs var:Lang.Cat.FilterLevel ?></legend>
    <div class="radio"><input type="radio" id="md-0" name="muc-do" value=""<?cs if:!Search.level ?> checked<?cs /if ?>><label for="md-0"><?cs var:Lang.Cat.Any ?></label></div>
    <?cs if:Cat.Scheme == 2022 ?>
    <div class="radio"><input type="radio" id="md-tt" name="muc-do" value="toan-trinh"<?cs if:Search.level == "toan-trinh" ?> checked<?cs /if ?>><label for="md-tt"><?cs var:Lang.Cat.LevelFull ?> (<?cs var:Search.ByLevel.1 ?>)</label></div>
    <div class="radio"><input type="radio" id="md-mp" name="muc-do" value="mot-phan"<?cs if:Search.level == "mot-phan" ?> checked<?cs /if ?>><label for="md-mp"><?cs var:Lang.Cat.LevelPart ?> (<?cs var:Search.ByLevel.2 ?>)</label></div>
    <?cs else ?><?cs loop:l = 1, 4, 1 ?>
    <div class="radio"><input type="radio" id="md-<?cs var:l ?>" name="muc-do" value="<?cs var:l ?>"<?cs if:Search.level == l ?> checked<?cs /if ?>><label for="md-<?cs var:l ?>"><?cs if:l == 1 ?><?cs var:Lang.Cat.Level1 ?><?cs elif:l == 2 ?><?cs var:Lang.Cat.Level2 ?><?cs elif:l == 3 ?><?cs var:Lang.Cat.Level3 ?><?cs else ?><?cs var:Lang.Cat.Level4 ?><?cs /if ?> (<?cs var:Search.ByLevel[l] ?>)</label></div>
    <?cs /loop ?><?cs /if ?>
  </fieldset>
  <div class="field"><label for="kenh"><?cs var:Lang.Cat.FilterChannel ?></label>
    <select id="kenh" name="kenh"><option value=""><?cs var:Lang.Cat.Any ?></option>
      <option value="truc-tiep"<?cs if:Search.channel == "truc-tiep" ?> selected<?cs /if ?>><?cs var:Lang.Cat.ChInPerson ?></option>
      <option value="truc-tuyen"<?cs if:Search.channel == "truc-tuyen" ?> selected<?cs /if ?>><?cs var:Lang.Cat.ChOnline ?></option>
      <option value="buu-chinh"<?cs if:Search.channel == "buu-chinh" ?> selected<?cs /if ?>><?cs var:Lang.Cat.ChPost ?></option>
    </select></div>
  <div class="field"><label for="cap"><?cs var:Lang.Cat.FilterAlevel ?></label>
    <select id="cap" name="cap"><option value=""><?cs var:Lang.Cat.Any ?></option>
      <option value="tinh"<?cs if:Search.alevel == "tinh" ?> selected<?cs /if ?>><?cs var:Lang.Cat.AlProvince ?></option>
      <option value="huyen"<?cs if:Search.alevel == "huyen" ?> selected<?cs /if ?>><?cs var:Lang.Cat.AlDistrict ?></option>
      <option value="xa"<?cs if:Search.alevel == "xa" ?> selected<?cs /if ?>><?cs var:Lang.Cat.AlCommune ?></option>
    </select></div>
  <p><button type="submit"><?cs var:Lang.Cat.Apply ?></button>
    <a class="clear" href="<?cs var:Req.BasePath ?><?cs if:Search.fixed_field ?>/linh-vuc/<?cs var:url_escape(Search.field) ?><?cs else ?>/thu-tuc<?cs /if ?>"><?cs var:Lang.Cat.Clear ?></a></p>
</form>

<section class="results" aria-labelledby="ket-qua">
  <h2 id="ket-qua" class="visually-hidden"><?cs var:Lang.Cat.ListTitle ?></h2>
  <?cs if:Results.total > 0 ?>
  <p class="count" role="status"><?cs var:Lang.Cat.Found ?> <strong><?cs var:Results.total ?></strong> <?cs var:Lang.Cat.FoundOf ?> <?cs var:Results.from ?>–<?cs var:Results.to ?>.</p>
  <?cs if:Search.exact ?><p class="note"><?cs var:Lang.Cat.ExactCode ?> <?cs var:Search.q ?></p><?cs /if ?>
  <ul class="proc-list">
    <?cs each:p = Results.Items ?><?cs call:proc_item(p) ?><?cs /each ?>
  </ul>
  <?cs if:Pager.Pages > 1 ?>
  <nav class="pager" aria-label="<?cs var:Lang.Pager.Label ?>">
    <?cs if:Pager.Prev ?><a rel="prev" href="?<?cs if:Search.qs ?><?cs var:Search.qs ?>&amp;<?cs /if ?>trang=<?cs var:Pager.Prev ?>"><?cs var:Lang.Pager.Prev ?></a><?cs /if ?>
    <span><?cs var:Lang.Pager.Page ?> <?cs var:Pager.Page ?> / <?cs var:Pager.Pages ?></span>
    <?cs if:Pager.Next ?><a rel="next" href="?<?cs if:Search.qs ?><?cs var:Search.qs ?>&amp;<?cs /if ?>trang=<?cs var:Pager.Next ?>"><?cs var:Lang.Pager.Next ?></a><?cs /if ?>
  </nav>
  <?cs /if ?>
  <?cs else ?>
  <p class="count" role="status"><?cs var:Lang.Cat.NoResults ?></p>
  <?cs /if ?>
</section>
</div>
<?cs /def ?>
