<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Acct.LogoutTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Acct.LogoutTitle ?></h1>
<p class="lead"><?cs var:Lang.Acct.LogoutLead ?></p>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/tai-khoan/dang-xuat">
  <?cs call:csrf() ?>
  <p><button type="submit" class="button"><?cs var:Lang.Acct.Logout ?></button></p>
</form>
<?cs /def ?>
