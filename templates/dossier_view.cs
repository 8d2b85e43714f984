<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Dossier.ViewTitle + " " + Dossier.D.code ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/ho-so"><?cs var:Lang.Dossier.ListTitle ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Dossier.ViewTitle ?> <?cs var:Dossier.D.code ?></h1>
<?cs if:Page.Supplemented ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Dossier.SupplementDone ?></p></div><?cs /if ?>
<?cs if:Dossier.D.status == 5 ?><div class="alert alert-warn" role="status"><p><?cs var:Lang.Dossier.St.5 ?>.</p><p><a class="button" href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/bo-sung"><?cs var:Lang.Dossier.SupplementLink ?></a></p></div><?cs /if ?>
<?cs if:Dossier.D.paper_pending == 1 ?><div class="alert alert-warn" role="status"><p><?cs var:Lang.Dossier.PaperPending ?></p></div><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Status ?></dt><dd><?cs call:dossier_status(Dossier.D.status) ?></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
  <?cs if:Dossier.D.case_name ?><dt><?cs var:Lang.Dossier.Case ?></dt><dd><?cs var:Dossier.D.case_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Dossier.D.agency_name ?></dd>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:Dossier.D.submitted ?></dd>
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Dossier.D.applicant_name ?></dd>
  <dt><?cs var:Lang.Dossier.Clock ?></dt><dd id="dong-ho"><?cs call:clock_text(Clock) ?></dd>
</dl>
<?cs if:Clock.explain ?><details><summary><?cs var:Lang.Office.HowDue ?></summary><p class="explain"><?cs var:Clock.explain ?></p></details><?cs /if ?>
<p><a class="button button-secondary" href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/bien-nhan"><?cs var:Lang.Dossier.Receipt ?></a></p>
<h2><?cs var:Lang.Dossier.Files ?></h2>
<?cs call:dossier_files(Dossier.Docs, 0) ?>
<h2><?cs var:Lang.Dossier.Notices ?></h2>
<?cs call:notice_list(Notices, "/ho-so/" + Dossier.D.code + "/thong-bao/") ?>
<h2><?cs var:Lang.Dossier.History ?></h2>
<?cs call:timeline(Dossier.Events) ?>
<?cs /def ?>
