<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Home.Title ?><?cs
def:body() ?>
<section class="hero" aria-labelledby="gioi-thieu">
  <h1 id="gioi-thieu"><?cs var:Site.Name ?></h1>
  <p class="lead"><?cs var:Lang.Home.Lead ?></p>
  <?cs call:search_box("") ?>
</section>

<section aria-labelledby="linh-vuc">
  <h2 id="linh-vuc"><?cs var:Lang.Cat.Fields ?></h2>
  <ul class="field-grid">
    <?cs each:f = Cat.F ?><?cs if:f.count > 0 ?>
    <li><a href="<?cs var:Req.BasePath ?>/linh-vuc/<?cs var:url_escape(f.slug) ?>"><span class="field-name"><?cs var:f.name ?></span>
      <span class="field-count"><?cs var:f.count ?> <?cs var:Lang.Cat.ProcCount ?><?cs if:f.online > 0 ?>, <?cs var:f.online ?> <?cs var:Lang.Cat.OnlineCount ?><?cs /if ?></span></a></li>
    <?cs /if ?><?cs /each ?>
  </ul>
  <p><a href="<?cs var:Req.BasePath ?>/thu-tuc"><?cs var:Lang.Cat.AllProcs ?></a></p>
</section>

<?cs if:subcount(Cat.Top) ?>
<section aria-labelledby="dung-nhieu">
  <h2 id="dung-nhieu"><?cs var:Lang.Cat.MostUsed ?></h2>
  <ul class="proc-list">
    <?cs each:p = Cat.Top ?><?cs call:proc_item(p) ?><?cs /each ?>
  </ul>
</section>
<?cs /if ?>

<section class="figures" aria-labelledby="so-lieu">
  <h2 id="so-lieu"><?cs var:Lang.Cat.Figures ?></h2>
  <ul>
    <li><strong><?cs var:Cat.Totals.procs ?></strong> <?cs var:Lang.Cat.FigProcs ?></li>
    <li><strong><?cs var:Cat.Totals.online ?></strong> <?cs var:Lang.Cat.FigOnline ?></li>
    <li><strong><?cs var:Cat.Totals.agencies ?></strong> <?cs var:Lang.Cat.FigAgencies ?></li>
    <li><strong><?cs var:Cat.Totals.received ?></strong> <?cs var:Lang.Cat.FigReceived ?></li>
  </ul>
  <p><a href="<?cs var:Req.BasePath ?>/thong-ke"><?cs var:Lang.Nav.Stats ?></a></p>
</section>

<section class="notices" aria-labelledby="thong-bao-moi">
  <h2 id="thong-bao-moi"><?cs var:Lang.Home.NoticesTitle ?></h2>
  <?cs if:subcount(Notices) ?>
  <ul class="notice-list">
    <?cs each:n = Notices ?>
    <li><a href="<?cs var:Req.BasePath ?>/thong-bao/<?cs var:n.id ?>"><?cs var:n.title ?></a>
      <time datetime="<?cs var:n.iso ?>"><?cs var:n.date ?></time></li>
    <?cs /each ?>
  </ul>
  <p><a href="<?cs var:Req.BasePath ?>/thong-bao"><?cs var:Lang.Home.AllNotices ?></a></p>
  <?cs else ?>
  <p><?cs var:Lang.Notices.None ?></p>
  <?cs /if ?>
</section>

<section class="help" aria-labelledby="ho-tro">
  <h2 id="ho-tro"><?cs var:Lang.Home.HelpTitle ?></h2>
  <p><?cs var:Lang.Home.HelpText ?><?cs if:Site.Contact.Phone ?> <?cs var:Lang.Layout.Phone ?>: <strong><?cs var:Site.Contact.Phone ?></strong>.<?cs /if ?></p>
  <p><a href="<?cs var:Req.BasePath ?>/huong-dan"><?cs var:Lang.Guide.Title ?></a> · <a href="<?cs var:Req.BasePath ?>/gop-y"><?cs var:Lang.Home.FeedbackLink ?></a></p>
</section>
<?cs /def ?>
