<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Dossier.ViewTitle + " " + Dossier.D.code ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/ho-so"><?cs var:Lang.Dossier.ListTitle ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Dossier.ViewTitle ?> <?cs var:Dossier.D.code ?></h1>
<?cs if:Dossier.D.paper_pending == 1 ?><div class="alert alert-warn" role="status"><p><?cs var:Lang.Dossier.PaperPending ?></p></div><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Status ?></dt><dd><?cs call:dossier_status(Dossier.D.status) ?></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
  <?cs if:Dossier.D.case_name ?><dt><?cs var:Lang.Dossier.Case ?></dt><dd><?cs var:Dossier.D.case_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Dossier.D.agency_name ?></dd>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:Dossier.D.submitted ?></dd>
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Dossier.D.applicant_name ?></dd>
</dl>
<p><a class="button button-secondary" href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/bien-nhan"><?cs var:Lang.Dossier.Receipt ?></a></p>
<h2><?cs var:Lang.Dossier.Files ?></h2>
<?cs call:dossier_files(Dossier.Docs, 0) ?>
<h2><?cs var:Lang.Dossier.History ?></h2>
<ol class="timeline"><?cs each:e = Dossier.Events ?>
  <li><strong><?cs var:Lang.Dossier.Event[e.action] ?></strong> – <?cs var:Lang.Dossier.Role[e.actor_role] ?>, <?cs var:e.at ?><?cs if:e.status_to != e.status_from ?> → <?cs call:dossier_status(e.status_to) ?><?cs /if ?></li><?cs /each ?>
</ol>
<?cs /def ?>
