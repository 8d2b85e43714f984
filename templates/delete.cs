<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Acct.DeleteTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Acct.DeleteTitle ?></h1>
<p class="lead"><?cs var:Lang.Acct.DeleteLead ?></p>
<?cs if:Page.OpenDossiers > 0 ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Acct.DeleteOpen ?> <?cs var:Page.OpenDossiers ?></p></div><?cs else ?>
<?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/tai-khoan/xoa" novalidate>
  <?cs call:csrf() ?>
  <?cs call:input("mat_khau", Lang.Acct.DeleteConfirm, "password", "current-password", 1, "", 128) ?>
  <p><button type="submit" class="button button-danger"><?cs var:Lang.Acct.DeleteButton ?></button></p>
</form><?cs /if ?>
<?cs /def ?>
