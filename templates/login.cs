<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Acct.LoginTitle ?><?cs
def:body() ?>
<?cs if:Page.Staff ?><h1><?cs var:Lang.Acct.StaffLoginTitle ?></h1>
<p class="lead"><?cs var:Lang.Acct.StaffLoginLead ?></p><?cs
else ?><h1><?cs var:Lang.Acct.LoginTitle ?></h1>
<p class="lead"><?cs var:Lang.Acct.LoginLead ?></p><?cs /if ?>
<?cs if:Query.da_thoat ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Acct.LoggedOut ?></p></div><?cs /if ?>
<?cs if:Form.Failure == "bad" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Acct.FailBad ?></p></div><?cs
elif:Form.Failure == "wait" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Acct.FailWait ?> <?cs
  if:Form.WaitSeconds > 60 ?><?cs var:Form.WaitMinutes ?> <?cs var:Lang.Acct.FailWaitMinutes ?><?cs
  else ?><?cs var:Form.WaitSeconds ?> <?cs var:Lang.Acct.FailWaitSeconds ?><?cs /if ?></p>
  <p><?cs var:Lang.Acct.FailWaitHint ?> <a href="<?cs var:Req.BasePath ?>/tai-khoan/quen-mat-khau"><?cs var:Lang.Acct.ForgotLink ?></a></p></div><?cs
elif:Form.Failure == "unconfirmed" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Acct.FailUnconfirmed ?></p></div><?cs
elif:Form.Failure == "disabled" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Acct.FailDisabled ?></p></div><?cs
else ?><?cs call:down_box() ?><?cs call:error_summary() ?><?cs /if ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?><?cs if:Page.Staff ?>/can-bo/dang-nhap<?cs else ?>/tai-khoan/dang-nhap<?cs /if ?>" novalidate>
  <?cs call:csrf() ?>
  <?cs if:Form.tiep.Value ?><input type="hidden" name="tiep" value="<?cs var:Form.tiep.Value ?>"><?cs /if ?>
  <?cs if:Page.Staff ?><?cs call:input("dinh_danh", Lang.Staff.Email, "email", "username", 1, Lang.Acct.StaffIdentHint, 254) ?><?cs
  else ?><?cs call:input("dinh_danh", Lang.Field.dinh_danh, "text", "username", 1, Lang.Acct.IdentHint, 254) ?><?cs /if ?>
  <?cs call:input("mat_khau", Lang.Field.mat_khau, "password", "current-password", 1, "", 128) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Acct.LoginButton ?></button></p>
</form>
<ul class="links">
  <li><a href="<?cs var:Req.BasePath ?>/tai-khoan/quen-mat-khau"><?cs var:Lang.Acct.ForgotLink ?></a></li>
  <?cs if:Page.Staff ?><li><a href="<?cs var:Req.BasePath ?>/tai-khoan/dang-nhap"><?cs var:Lang.Acct.CitizenLoginLink ?></a></li><?cs
  else ?><li><?cs var:Lang.Acct.NoAccount ?> <a href="<?cs var:Req.BasePath ?>/tai-khoan/dang-ky<?cs if:Form.tiep.Value ?>?tiep=<?cs var:url_escape(Form.tiep.Value) ?><?cs /if ?>"><?cs var:Lang.Acct.RegisterLink ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/can-bo/dang-nhap"><?cs var:Lang.Acct.StaffLoginLink ?></a></li><?cs /if ?>
</ul>
<?cs /def ?>
