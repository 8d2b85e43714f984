<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Dossier.TrackTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Dossier.TrackTitle ?></h1>
<p class="lead"><?cs var:Lang.Dossier.TrackLead ?></p>
<?cs call:down_box() ?>
<?cs if:Form.Failure == "wait" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.TrackWait ?></p></div><?cs /if ?>
<?cs if:Track.Forged ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.TrackForged ?></p></div><?cs /if ?>
<?cs if:Track.NotFound ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.TrackNotFound ?></p></div><?cs /if ?>
<?cs if:Track.code ?>
<section aria-labelledby="ket-qua" class="track-result">
<h2 id="ket-qua"><?cs var:Lang.Dossier.Code ?> <?cs var:Track.code ?></h2>
<?cs if:Track.Genuine ?><p class="ok-note"><?cs var:Lang.Dossier.TrackGenuine ?></p><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Status ?></dt><dd><?cs call:dossier_status(Track.status) ?></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Track.proc_name ?></dd>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Track.agency ?></dd>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:Track.submitted ?></dd>
  <dt><?cs var:Lang.Dossier.Updated ?></dt><dd><?cs var:Track.updated ?></dd>
</dl>
<?cs call:paper_box(Track, "") ?>
</section><?cs /if ?>
<?cs call:error_summary() ?>
<form class="form" method="get" action="<?cs var:Req.BasePath ?>/tra-cuu" novalidate>
  <?cs call:input("ma", Lang.Dossier.TrackCode, "text", "off", 1, "", 40) ?>
  <?cs call:input("so", Lang.Dossier.TrackDigits, "text", "off", 1, "", 6) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Dossier.TrackButton ?></button></p>
</form>
<?cs /def ?>
