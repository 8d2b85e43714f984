<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Dossier.DraftTitle ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/ho-so"><?cs var:Lang.Dossier.ListTitle ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Dossier.DraftTitle ?>: <?cs var:Dossier.D.proc_name ?></h1>
<p class="lead"><?cs var:Lang.Dossier.DraftLead ?></p>
<?cs if:Query["da-luu"] ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Dossier.Saved ?></p></div><?cs /if ?>
<?cs call:down_box() ?><?cs call:error_summary() ?>
<?cs if:Refused.count ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="tep-bi-tu-choi"><p><?cs var:Lang.Dossier.RefusedSummary ?></p></div><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
  <?cs if:Dossier.D.case_name ?><dt><?cs var:Lang.Dossier.Case ?></dt><dd><?cs var:Dossier.D.case_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Dossier.D.agency_name ?></dd>
  <dt><?cs var:Lang.Dossier.Level ?></dt><dd><?cs var:Dossier.D.proc_level ?></dd>
</dl>
<?cs call:missing_box() ?>
<form class="form" method="post" enctype="multipart/form-data" action="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:Dossier.D.id ?>" data-upload novalidate>
  <?cs call:csrf() ?>
  <h2 id="giay-to"><?cs var:Lang.Dossier.Docs ?></h2>
  <?cs each:d = Dossier.Docs ?>
  <fieldset class="group doc<?cs if:subcount(Refused[d.id]) > 0 ?> has-error<?cs /if ?>" id="muc-<?cs var:d.id ?>">
    <legend><?cs var:name(d) + 1 ?>. <?cs var:d.name ?></legend>
    <p class="hint"><?cs if:d.required == 1 ?><strong><?cs var:Lang.Dossier.DocRequired ?></strong><?cs else ?><?cs var:Lang.Dossier.DocOptional ?><?cs /if ?><?cs if:d.originals > 0 ?>; <?cs var:d.originals ?> <?cs var:Lang.Dossier.DocOriginals ?><?cs /if ?><?cs if:d.copies > 0 ?>; <?cs var:d.copies ?> <?cs var:Lang.Dossier.DocCopies ?><?cs /if ?></p>
    <?cs if:subcount(Refused[d.id]) > 0 ?><div class="field-error" id="tep_<?cs var:d.id ?>-loi"><p><?cs var:Lang.Dossier.Refused ?></p><ul><?cs each:r = Refused[d.id] ?><li><strong><?cs var:r.name ?></strong>: <?cs var:Lang[r.key] ?></li><?cs /each ?></ul></div><?cs /if ?>
    <?cs if:d.nfiles > 0 ?><ul class="files"><?cs each:f = d.Files ?>
      <li><a href="<?cs var:Req.BasePath ?>/ho-so/tep/<?cs var:f.id ?>"><?cs var:f.name ?></a> (<?cs call:file_size(f.size) ?>)<?cs if:f.sig_state != "none" ?> – <?cs var:Lang.Dossier.Signature ?>: <?cs call:signature(f) ?><?cs /if ?>
        <label class="choice"><input type="checkbox" name="xoa_<?cs var:f.id ?>" value="1"> <?cs var:Lang.Dossier.RemoveFile ?><span class="visually-hidden"> (<?cs var:f.name ?>)</span></label></li><?cs /each ?>
    </ul><?cs elif:d.required == 1 ?><p class="missing"><?cs var:Lang.Dossier.DocMissing ?></p><?cs /if ?>
    <div class="field">
      <label for="tep_<?cs var:d.id ?>"><?cs var:Lang.Dossier.AddFiles ?></label>
      <p class="hint" id="tep_<?cs var:d.id ?>-gy"><?cs var:Lang.Dossier.AddFilesHint ?> <?cs var:Upload.FileMaxMB ?>. <?cs var:Lang.Dossier.AddFilesHint2 ?></p>
      <input type="file" id="tep_<?cs var:d.id ?>" name="tep_<?cs var:d.id ?>" multiple accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,.p7s,application/pdf,image/jpeg,image/png,image/tiff" aria-describedby="tep_<?cs var:d.id ?>-gy<?cs if:subcount(Refused[d.id]) > 0 ?> tep_<?cs var:d.id ?>-loi<?cs /if ?>"<?cs if:subcount(Refused[d.id]) > 0 ?> aria-invalid="true"<?cs /if ?>>
    </div>
  </fieldset>
  <?cs /each ?>
  <?cs call:applicant_fields() ?>
  <div class="upload-progress" hidden><label for="tien-do-tai-len"><?cs var:Lang.Dossier.Uploading ?></label> <progress id="tien-do-tai-len" max="100" value="0"></progress> <span aria-live="polite"></span></div>
  <p class="actions"><button type="submit" class="button" name="tiep" value="xem-lai"><?cs var:Lang.Dossier.SaveReview ?></button>
  <button type="submit" class="button button-secondary" name="tiep" value="luu"><?cs var:Lang.Dossier.SaveDraft ?></button></p>
</form>
<p class="hint"><?cs var:Lang.Dossier.DiscardHint ?></p>
<p><a class="button button-secondary" href="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:Dossier.D.id ?>/xoa"><?cs var:Lang.Dossier.Discard ?></a></p>
<script src="<?cs var:Req.BasePath ?>/static/js/tai-len.js?v=<?cs var:Static.Version ?>" defer></script>
<?cs /def ?>
