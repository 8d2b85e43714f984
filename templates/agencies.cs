<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Cat.AgenciesTitle ?><?cs
def:agency_list(lvl) ?>
<ul class="agency-list"><?cs each:a = Cat.A ?><?cs if:a.level == lvl ?>
  <li><a href="<?cs var:Req.BasePath ?>/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a>
    <span class="small"><?cs if:a.status == "closed" ?><?cs var:Lang.Cat.EvClosed ?><?cs else ?><?cs if:a.count ?><?cs var:a.count ?><?cs else ?>0<?cs /if ?> <?cs var:Lang.Cat.ProcCount ?><?cs /if ?></span></li>
<?cs /if ?><?cs /each ?></ul>
<?cs /def ?><?cs
def:body() ?>
<h1><?cs var:Lang.Cat.AgenciesTitle ?></h1>
<h2><?cs var:Lang.Cat.AgencyProvince ?></h2><?cs call:agency_list("province") ?>
<h2><?cs var:Lang.Cat.AgencyDistrict ?></h2><?cs call:agency_list("district") ?>
<h2><?cs var:Lang.Cat.AgencyCommune ?></h2><?cs call:agency_list("commune") ?>
<?cs /def ?>
