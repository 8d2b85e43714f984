<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Feedback.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Feedback.Title ?></h1>
<p class="lead"><?cs var:Lang.Feedback.Lead ?></p>
<?cs if:Form.Failure ?>
<div class="alert alert-error" role="alert">
  <h2><?cs var:Lang.Feedback.NotSent ?></h2>
  <p><?cs if:Form.Failure == "limit" ?><?cs var:Lang.Feedback.Limit ?><?cs elif:Form.Failure == "down" ?><?cs var:Lang.Feedback.Down ?><?cs else ?><?cs var:Lang.Feedback.Failed ?><?cs /if ?></p>
  <p><?cs var:Lang.Error.RefLabel ?> <strong><?cs var:Req.Ref ?></strong></p>
</div>
<?cs elif:Form.ErrorCount ?>
<div class="alert alert-error" role="alert" tabindex="-1" id="loi-bieu-mau">
  <h2><?cs var:Lang.Form.ErrorSummary ?></h2>
  <ul>
    <?cs if:Form.ho_ten.Error ?><li><a href="#ho_ten"><?cs var:Lang.Feedback.Name ?>: <?cs var:Form.ho_ten.Error ?></a></li><?cs /if ?>
    <?cs if:Form.email.Error ?><li><a href="#email"><?cs var:Lang.Feedback.Email ?>: <?cs var:Form.email.Error ?></a></li><?cs /if ?>
    <?cs if:Form.dien_thoai.Error ?><li><a href="#dien_thoai"><?cs var:Lang.Feedback.Phone ?>: <?cs var:Form.dien_thoai.Error ?></a></li><?cs /if ?>
    <?cs if:Form.tieu_de.Error ?><li><a href="#tieu_de"><?cs var:Lang.Feedback.Subject ?>: <?cs var:Form.tieu_de.Error ?></a></li><?cs /if ?>
    <?cs if:Form.noi_dung.Error ?><li><a href="#noi_dung"><?cs var:Lang.Feedback.Body ?>: <?cs var:Form.noi_dung.Error ?></a></li><?cs /if ?>
  </ul>
</div>
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
