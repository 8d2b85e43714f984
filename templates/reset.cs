<?cs include:"macros.cs" ?><?cs # where a password is changed, its repeat is the new one's (label and error summary) ?><?cs set:Lang.Field.nhap_lai = Lang.Field.nhap_lai_moi ?><?cs set:Page.Title = Lang.Acct.ResetTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Acct.ResetTitle ?></h1>
<?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/tai-khoan/dat-lai-mat-khau" novalidate>
  <?cs call:csrf() ?>
  <input type="hidden" name="ma" value="<?cs var:Form.ma.Value ?>">
  <?cs call:input("mat_khau_moi", Lang.Field.mat_khau_moi, "password", "new-password", 1, Lang.Acct.PasswordHint, 128) ?>
  <?cs call:input("nhap_lai", Lang.Field.nhap_lai, "password", "new-password", 1, "", 128) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Acct.ResetButton ?></button></p>
</form>
<?cs /def ?>
