<?cs include:"macros.cs" ?><?cs set:Lang.Field.nhap_lai = Lang.Field.nhap_lai_moi ?><?cs set:Page.Title = Lang.Admin.Org.AcceptTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Org.AcceptTitle ?></h1>
<?cs if:Member.full_name ?><p><?cs var:Lang.Admin.Org.AcceptLead ?> <strong><?cs var:Member.full_name ?></strong> (<?cs var:Member.email ?>), <?cs var:Member.agency_name ?>.</p><?cs /if ?>
<?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/can-bo/loi-moi" novalidate>
  <?cs call:csrf() ?>
  <input type="hidden" name="ma" value="<?cs var:Form.ma.Value ?>">
  <?cs call:input("mat_khau_moi", Lang.Field.mat_khau_moi, "password", "new-password", 1, Lang.Acct.PasswordHint, 128) ?>
  <?cs call:input("nhap_lai", Lang.Field.nhap_lai, "password", "new-password", 1, "", 128) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Org.AcceptButton ?></button></p>
</form>
<?cs /def ?>
