<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Office.Transfer.Title + " " + Dossier.D.code ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/can-bo"><?cs var:Lang.Staff.HomeTitle ?></a></li><li><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>"><?cs var:Dossier.D.code ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Office.Transfer.Title ?></h1>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Code ?></dt><dd><?cs var:Dossier.D.code ?></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_name ?></dd>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Dossier.D.agency_name ?></dd>
</dl>
<?cs if:Page.Late ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="qua-muon"><p><?cs var:Lang.Office.Transfer.Late ?></p></div><?cs
else ?>
<p><?cs var:Lang.Office.Transfer.Lead ?></p>
<?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/chuyen-co-quan" novalidate>
  <?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
  <div class="field<?cs if:Form.co_quan_dung.Error ?> has-error<?cs /if ?>">
    <label for="co_quan_dung"><?cs var:Lang.Field.co_quan_dung ?> <span class="req" aria-hidden="true">*</span></label>
    <?cs call:field_error("co_quan_dung") ?>
    <select id="co_quan_dung" name="co_quan_dung" required<?cs call:field_describedby("co_quan_dung", "") ?>>
      <option value=""><?cs var:Lang.Admin.Agency.ChooseSuccessor ?></option>
      <?cs each:a = Choices ?><option value="<?cs var:a.code ?>"<?cs if:Form.co_quan_dung.Value == a.code ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /each ?>
    </select>
  </div>
  <?cs call:textarea("ly_do", Lang.Field.ly_do, 1, Lang.Office.Transfer.ReasonHint, 1000) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Office.Transfer.Submit ?></button></p>
</form><?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>"><?cs var:Lang.Office.Transfer.Back ?></a></p>
<?cs /def ?>
