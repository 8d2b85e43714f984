<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Dossier.SupplementTitle + " " + Dossier.D.code ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/ho-so"><?cs var:Lang.Dossier.ListTitle ?></a></li><li><a href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>"><?cs var:Dossier.D.code ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Dossier.SupplementTitle ?> <?cs var:Dossier.D.code ?></h1>
<p class="lead"><?cs var:Lang.Dossier.SupplementLead ?></p>
<?cs # the officer's words of the latest request (the notice says them too) ?><?cs
each:n = Notices ?><?cs if:n.kind == "supplement" ?><?cs set:Asked.reason = n.reason ?><?cs set:Asked.id = n.id ?><?cs set:Asked.title = n.title ?><?cs set:Asked.number = n.number ?><?cs set:Asked.year = n.year ?><?cs /if ?><?cs /each ?><?cs
if:Asked.id ?>
<div class="alert alert-warn" role="note" id="ly-do-bo-sung">
  <h2><?cs var:Lang.Dossier.SupplementWhy ?></h2>
  <?cs if:Asked.reason ?><p class="explain"><?cs var:Asked.reason ?></p><?cs /if ?>
  <p><a href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/thong-bao/<?cs var:Asked.id ?>"><?cs var:Asked.title ?><?cs if:Asked.number ?> <?cs var:Lang.Dossier.SupplementNo ?> <?cs var:Asked.number ?>/<?cs var:Asked.year ?><?cs /if ?></a></p>
</div><?cs /if ?>
<?cs call:down_box() ?>
<?cs if:Form.Failure == "lacking" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.SupplementMissing ?></p></div><?cs /if ?>
<?cs if:Form.Failure == "emptied" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.SupplementEmptied ?></p><ul><?cs each:d = Dossier.Docs ?><?cs if:Emptied[d.id] ?><li><a href="#muc-<?cs var:d.id ?>"><?cs var:d.name ?></a></li><?cs /if ?><?cs /each ?></ul></div><?cs /if ?>
<?cs if:Refused.count ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.RefusedSummary ?></p></div><?cs /if ?>
<h2><?cs var:Lang.Dossier.Notices ?></h2>
<?cs call:notice_list(Notices, "/ho-so/" + Dossier.D.code + "/thong-bao/") ?>
<form class="form" method="post" enctype="multipart/form-data" action="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/bo-sung" data-upload novalidate>
  <?cs call:csrf() ?>
  <h2><?cs var:Lang.Dossier.SupplementNeeded ?></h2>
  <?cs each:d = Dossier.Docs ?><?cs if:d.supplement == 1 ?>
  <fieldset class="group doc<?cs if:Refused[d.id] || Emptied[d.id] ?> has-error<?cs /if ?>" id="muc-<?cs var:d.id ?>">
    <legend><?cs var:name(d) + 1 ?>. <?cs var:d.name ?></legend>
    <?cs if:subcount(Refused[d.id]) > 0 ?><div class="field-error" id="tep_<?cs var:d.id ?>-loi"><p><?cs var:Lang.Dossier.Refused ?></p><ul><?cs each:r = Refused[d.id] ?><li><strong><?cs var:r.name ?></strong>: <?cs var:Lang[r.key] ?></li><?cs /each ?></ul></div><?cs /if ?>
    <?cs if:Emptied[d.id] ?><p class="field-error" id="bo_<?cs var:d.id ?>-loi"><?cs var:Lang.Dossier.SupplementEmptied ?></p><?cs /if ?>
    <?cs if:d.nfiles > 0 ?><p class="hint"><?cs var:Lang.Dossier.SupplementDropHint ?></p>
    <ul class="files"><?cs each:f = d.Files ?><?cs if:!f.signs_id ?><li><a href="<?cs var:Req.BasePath ?>/ho-so/tep/<?cs var:f.id ?>"><?cs var:f.name ?></a> (<?cs call:file_size(f.size) ?>)
      <span class="choice"><input type="checkbox" id="bo_<?cs var:f.id ?>" name="bo_<?cs var:f.id ?>" value="1"<?cs if:Query["bo_" + f.id] == "1" ?> checked<?cs /if ?><?cs if:Emptied[d.id] ?> aria-describedby="bo_<?cs var:d.id ?>-loi"<?cs /if ?>> <label for="bo_<?cs var:f.id ?>"><?cs var:Lang.Dossier.SupplementDrop ?><span class="visually-hidden">: <?cs var:f.name ?></span></label></span></li><?cs /if ?><?cs /each ?></ul><?cs /if ?>
    <div class="field">
      <label for="tep_<?cs var:d.id ?>"><?cs var:Lang.Dossier.AddFiles ?></label>
      <p class="hint" id="tep_<?cs var:d.id ?>-gy"><?cs var:Lang.Dossier.AddFilesHint ?> <?cs var:Upload.FileMaxMB ?>.</p>
      <input type="file" id="tep_<?cs var:d.id ?>" name="tep_<?cs var:d.id ?>" multiple accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff" aria-describedby="tep_<?cs var:d.id ?>-gy<?cs if:Refused[d.id] ?> tep_<?cs var:d.id ?>-loi<?cs /if ?>">
    </div>
  </fieldset><?cs /if ?><?cs /each ?>
  <div class="upload-progress" hidden><progress max="100" value="0"></progress> <span aria-live="polite"></span></div>
  <p class="actions"><button type="submit" class="button"><?cs var:Lang.Dossier.SupplementButton ?></button></p>
</form>
<script src="<?cs var:Req.BasePath ?>/static/js/tai-len.js?v=<?cs var:Static.Version ?>" defer></script>
<?cs /def ?>
