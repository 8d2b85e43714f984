<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Staff.HomeTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Staff.HomeTitle ?></h1>
<dl class="facts">
  <dt><?cs var:Lang.Staff.Name ?></dt><dd><?cs var:Person.full_name ?></dd>
  <dt><?cs var:Lang.Acct.Agency ?></dt><dd><?cs var:Person.agency_name ?> (<?cs var:Person.agency_code ?>)</dd>
  <dt><?cs var:Lang.Staff.Roles ?></dt><dd><?cs each:r = Person.Roles ?><?cs call:staff_role(r) ?><?cs if:!last(r) ?>, <?cs /if ?><?cs /each ?></dd>
  <dt><?cs var:Lang.Staff.TwoFactor ?></dt><dd><?cs if:Person.totp_enabled == "1" ?><?cs var:Lang.Staff.TwoFactorOn ?><?cs else ?><?cs var:Lang.Staff.TwoFactorOff ?><?cs /if ?></dd>
</dl>
<?cs if:Menu.Role.reception || Menu.Role.specialist || Menu.Role.leader ?><h2 id="viec-cho"><?cs var:Lang.Staff.WaitingTitle ?></h2>
<ul class="work-waiting" aria-labelledby="viec-cho"><?cs
  if:Menu.Role.reception ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan"><?cs var:Lang.Office.QueueTitle ?></a>: <strong><?cs var:Menu.N.reception ?></strong> <?cs var:Lang.Staff.Dossiers ?></li><?cs /if ?><?cs
  if:Menu.Role.specialist ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/xu-ly"><?cs var:Lang.Office.Work.specialist.Title ?></a>: <strong><?cs var:Menu.N.processing ?></strong> <?cs var:Lang.Staff.Dossiers ?></li><?cs /if ?><?cs
  if:Menu.Role.leader ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/phe-duyet"><?cs var:Lang.Office.Work.leader.Title ?></a>: <strong><?cs var:Menu.N.approval ?></strong> <?cs var:Lang.Staff.Dossiers ?></li><?cs /if ?><?cs
  if:Menu.Role.reception ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/tra-ket-qua"><?cs var:Lang.Office.Work.return.Title ?></a>: <strong><?cs var:Menu.N.return ?></strong> <?cs var:Lang.Staff.Dossiers ?></li><?cs /if ?>
</ul><?cs else ?><p><?cs var:Lang.Staff.NoWorkRole ?></p><?cs /if ?>
<?cs # the role lists are in the work waiting above ?><h2><?cs var:Lang.Staff.LinksTitle ?></h2>
<ul class="links">
  <?cs each:r = Person.Roles ?><?cs if:r == "reception" ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/thanh-toan/sao-ke"><?cs var:Lang.Statement.Title ?></a></li><?cs /if ?><?cs /each ?>
  <?cs set:Page.Consults = 0 ?><?cs each:r = Person.Roles ?><?cs if:r == "specialist" || r == "leader" ?><?cs set:Page.Consults = 1 ?><?cs /if ?><?cs /each ?><?cs if:Page.Consults == 1 ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/y-kien"><?cs var:Lang.Office.Opinion.QueueTitle ?></a></li><?cs /if ?>
  <?cs if:Page.Oversight ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/giam-sat"><?cs var:Lang.Staff.OversightLink ?></a></li><?cs /if ?>
  <?cs if:subcount(Person.Roles) ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao"><?cs var:Lang.Staff.ReportLink ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/chi-so"><?cs var:Lang.Staff.ScorecardLink ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/nam"><?cs var:Lang.Staff.AnnualLink ?></a></li><?cs /if ?>
  <?cs set:Page.Ledger = 0 ?><?cs each:r = Person.Roles ?><?cs if:r == "reception" || r == "leader" ?><?cs set:Page.Ledger = 1 ?><?cs /if ?><?cs /each ?><?cs if:Page.Ledger == 1 ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/thanh-toan" id="so-thu-phi"><?cs var:Lang.Staff.LedgerLink ?></a></li><?cs /if ?>
  <?cs if:Page.Admin ?><li><a href="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien"><?cs var:Lang.Staff.StaffLink ?></a></li><?cs /if ?>
  <li><a href="<?cs var:Req.BasePath ?>/can-bo/thiet-lap-xac-thuc"><?cs var:Lang.Staff.SetupLink ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/tai-khoan"><?cs var:Lang.Acct.AccountTitle ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/tai-khoan/doi-mat-khau"><?cs var:Lang.Acct.ChangePassword ?></a></li>
</ul>
<?cs /def ?>
