<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Feedback.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Feedback.Title ?></h1>
<p class="lead"><?cs var:Lang.Feedback.Lead ?></p>
<?cs if:Form.Failure ?>
<div class="alert alert-error" role="alert" tabindex="-1" autofocus>
  <h2><?cs var:Lang.Feedback.NotSent ?></h2>
  <p><?cs if:Form.Failure == "limit" ?><?cs var:Lang.Feedback.Limit ?><?cs elif:Form.Failure == "down" ?><?cs var:Lang.Feedback.Down ?><?cs else ?><?cs var:Lang.Feedback.Failed ?><?cs /if ?></p>
  <p><?cs var:Lang.Error.RefLabel ?> <strong><?cs var:Req.Ref ?></strong></p>
</div>
<?cs else ?><?cs call:error_summary() ?>
<?cs /if ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/gop-y" novalidate>
  <?cs call:csrf() ?>
  <p class="hint"><?cs var:Lang.Form.RequiredNote ?></p>
  <?cs call:input("ho_ten", Lang.Feedback.Name, "text", "name", 1, "", 100) ?>
  <?cs call:input("email", Lang.Feedback.Email, "email", "email", 0, Lang.Feedback.EmailHint, 254) ?>
  <?cs call:input("dien_thoai", Lang.Feedback.Phone, "tel", "tel", 0, Lang.Feedback.PhoneHint, 20) ?>
  <?cs call:input("tieu_de", Lang.Feedback.Subject, "text", "off", 1, "", 200) ?>
  <?cs call:textarea("noi_dung", Lang.Feedback.Body, 1, Lang.Feedback.BodyHint, 5000) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Feedback.Send ?></button></p>
</form>
<?cs /def ?>
