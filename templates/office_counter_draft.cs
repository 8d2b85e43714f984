<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Counter.PapersTitle ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan"><?cs var:Lang.Office.QueueTitle ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan/truc-tiep"><?cs var:Lang.Counter.Title ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Counter.PapersTitle ?>: <?cs var:Dossier.D.proc_name ?></h1>
<p class="lead"><?cs var:Lang.Counter.PapersLead ?></p>
<?cs if:Query["da-luu"] ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Dossier.Saved ?></p></div><?cs /if ?>
<?cs call:down_box() ?>
<?cs if:Form.Failure == "uncompared" ?><div class="alert alert-error" role="alert" tabindex="-1" id="loi-bieu-mau"><p><?cs var:Lang.Counter.Uncompared ?></p><ul><?cs each:u = Uncompared ?><li><a href="#doi_chieu_<?cs var:u.id ?>"><?cs var:u.name ?></a></li><?cs /each ?></ul></div><?cs /if ?>
<?cs if:Form.Failure == "incomplete" ?><div class="alert alert-error" role="alert" tabindex="-1" id="loi-bieu-mau"><p><?cs var:Lang.Counter.Incomplete ?></p></div><?cs /if ?>
<?cs if:Refused.count ?><div class="alert alert-error" role="alert" tabindex="-1" id="tep-bi-tu-choi"><p><?cs var:Lang.Dossier.RefusedSummary ?></p></div><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Counter.ChannelLabel ?></dt><dd><?cs if:Dossier.D.channel == "post" ?><?cs var:Lang.Counter.ChPost ?><?cs else ?><?cs var:Lang.Counter.ChCounter ?><?cs /if ?></dd>
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Dossier.D.applicant_name ?> (<?cs var:Dossier.D.applicant_id_number ?>)<?cs if:!Dossier.D.owner_id ?> – <?cs var:Lang.Counter.NoAccount ?><?cs /if ?></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
  <?cs if:Dossier.D.case_name ?><dt><?cs var:Lang.Dossier.Case ?></dt><dd><?cs var:Dossier.D.case_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Dossier.D.agency_name ?></dd>
</dl>
<?cs call:missing_box() ?>
<form class="form" method="post" enctype="multipart/form-data" action="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan/truc-tiep/<?cs var:Dossier.D.id ?>" data-upload novalidate>
  <?cs call:csrf() ?>
  <h2><?cs var:Lang.Dossier.Docs ?></h2>
  <?cs each:d = Dossier.Docs ?>
  <fieldset class="group doc<?cs if:subcount(Refused[d.id]) > 0 ?> has-error<?cs /if ?>" id="muc-<?cs var:d.id ?>">
    <legend><?cs var:name(d) + 1 ?>. <?cs var:d.name ?></legend>
    <p class="hint"><?cs if:d.required == 1 ?><strong><?cs var:Lang.Dossier.DocRequired ?></strong><?cs else ?><?cs var:Lang.Dossier.DocOptional ?><?cs /if ?><?cs if:d.originals > 0 ?>; <?cs var:d.originals ?> <?cs var:Lang.Dossier.DocOriginals ?><?cs /if ?><?cs if:d.copies > 0 ?>; <?cs var:d.copies ?> <?cs var:Lang.Dossier.DocCopies ?><?cs /if ?></p>
    <?cs if:subcount(Refused[d.id]) > 0 ?><div class="field-error" id="tep_<?cs var:d.id ?>-loi"><p><?cs var:Lang.Dossier.Refused ?></p><ul><?cs each:r = Refused[d.id] ?><li><strong><?cs var:r.name ?></strong>: <?cs var:Lang[r.key] ?></li><?cs /each ?></ul></div><?cs /if ?>
    <?cs if:d.nfiles > 0 ?><ul class="files"><?cs each:f = d.Files ?>
      <li><a href="<?cs var:Req.BasePath ?>/can-bo/tep/<?cs var:f.id ?>"><?cs var:f.name ?></a> (<?cs call:file_size(f.size) ?>)</li><?cs /each ?>
    </ul><?cs elif:d.required == 1 ?><p class="missing"><?cs var:Lang.Dossier.DocMissing ?></p><?cs /if ?>
    <div class="field">
      <label for="tep_<?cs var:d.id ?>"><?cs var:Lang.Counter.AddScans ?></label>
      <p class="hint" id="tep_<?cs var:d.id ?>-gy"><?cs var:Lang.Dossier.AddFilesHint ?> <?cs var:Upload.FileMaxMB ?>.</p>
      <input type="file" id="tep_<?cs var:d.id ?>" name="tep_<?cs var:d.id ?>" multiple accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff" aria-describedby="tep_<?cs var:d.id ?>-gy<?cs if:subcount(Refused[d.id]) > 0 ?> tep_<?cs var:d.id ?>-loi<?cs /if ?>"<?cs if:subcount(Refused[d.id]) > 0 ?> aria-invalid="true"<?cs /if ?>>
    </div>
    <div class="field">
      <label class="choice" for="doi_chieu_<?cs var:d.id ?>"><input type="checkbox" id="doi_chieu_<?cs var:d.id ?>" name="doi_chieu_<?cs var:d.id ?>" value="1"<?cs if:d.compared == 1 ?> checked<?cs /if ?>> <?cs var:Lang.Counter.Compared ?><span class="visually-hidden"> (<?cs var:d.name ?>)</span></label>
    </div>
  </fieldset>
  <?cs /each ?>
  <div class="upload-progress" hidden><label for="tien-do-tai-len"><?cs var:Lang.Dossier.Uploading ?></label> <progress id="tien-do-tai-len" max="100" value="0"></progress> <span aria-live="polite"></span></div>
  <p class="hint"><?cs var:Lang.Counter.ReceiveHint ?></p>
  <p class="actions"><button type="submit" class="button" name="tiep" value="tiep-nhan"><?cs var:Lang.Counter.Receive ?></button>
  <button type="submit" class="button button-secondary" name="tiep" value="luu"><?cs var:Lang.Counter.Save ?></button></p>
</form>
<script src="<?cs var:Req.BasePath ?>/static/js/tai-len.js?v=<?cs var:Static.Version ?>" defer></script>
<?cs /def ?>
