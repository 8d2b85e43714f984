<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Acct.ForgotTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Acct.ForgotTitle ?></h1>
<p class="lead"><?cs var:Lang.Acct.ForgotLead ?></p>
<?cs call:down_box() ?><?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/tai-khoan/quen-mat-khau" novalidate>
  <?cs call:csrf() ?>
  <?cs call:input("email", Lang.Field.email, "email", "email", 1, "", 254) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Acct.ForgotButton ?></button></p>
</form>
<?cs /def ?>
