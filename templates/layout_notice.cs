<?cs # A notice to the citizen, rendered once when it is sent and kept as
     it is: the HTML snapshot and its SHA-256 are stored (table notice).
     Standalone: no request data, only the notice's (Notice.*, Dossier.*,
     Due.*...). Its title, number (Notice.form, "" when the profile has no
     form for it) and circular come from the profile it is sent under
     (wf_profiles in cgi/domain/workflow.c). ?><!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs var:Notice.title ?> – <?cs var:Dossier.D.code ?></title>
<link rel="stylesheet" href="<?cs var:Notice.Base ?>/static/css/dvc.css">
</head>
<body class="print notice">
<main>
<header class="notice-head">
  <div class="notice-agency"><p><?cs var:Dossier.D.agency_name ?></p><p><?cs var:Lang.Notice.Number ?> <?cs var:Notice.number ?>/<?cs var:Notice.year ?><?cs if:Notice.form ?>/<?cs var:Notice.form ?><?cs /if ?></p></div>
  <div class="notice-nation"><p><strong><?cs var:Lang.Notice.Nation ?></strong></p><p><?cs var:Lang.Notice.Motto ?></p><p><em><?cs var:Lang.Notice.DateLine ?> <?cs var:Notice.day ?> <?cs var:Lang.Notice.Month ?> <?cs var:Notice.month ?> <?cs var:Lang.Notice.Year ?> <?cs var:Notice.year ?></em></p></div>
</header>
<h1><?cs var:Notice.title ?></h1>
<p class="notice-form"><?cs if:Notice.form ?><?cs var:Lang.Notice.FormLabel ?> <?cs var:Notice.form ?> – <?cs var:Notice.circular ?><?cs else ?><?cs var:Lang.Notice.NoForm ?> <?cs var:Notice.circular ?><?cs /if ?></p>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Code ?></dt><dd><?cs var:Dossier.D.code ?></dd>
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Dossier.D.applicant_name ?></dd>
  <dt><?cs var:Lang.Field.dia_chi ?></dt><dd><?cs var:Dossier.D.applicant_address ?></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:Dossier.D.submitted ?></dd>
</dl>
<?cs call:body() ?>
<p class="notice-sign"><?cs var:Lang.Notice.Issued ?> <?cs var:Notice.at ?><br><?cs var:Dossier.D.agency_name ?></p>
</main>
</body>
</html>
