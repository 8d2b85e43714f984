<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Msg[Msg.Key].Title ?><?cs
def:body() ?>
<div class="alert <?cs if:Msg.Error ?>alert-error<?cs else ?>alert-ok<?cs /if ?>" role="status">
  <h1><?cs var:Lang.Msg[Msg.Key].Title ?></h1>
  <p><?cs var:Lang.Msg[Msg.Key].Body ?></p>
</div>
<ul class="links">
<?cs if:Msg.Key == "LinkBad" ?><li><a href="<?cs var:Req.BasePath ?>/tai-khoan/quen-mat-khau"><?cs var:Lang.Acct.ForgotLink ?></a></li><?cs /if ?>
<?cs if:Msg.Key == "Deleted" ?><li><a href="<?cs var:Req.BasePath ?>/"><?cs var:Lang.Error.Home ?></a></li><?cs
elif:Msg.Key == "InviteDone" ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/dang-nhap"><?cs var:Lang.Acct.StaffLoginTitle ?></a></li><?cs
elif:User.Name ?><li><a href="<?cs var:Req.BasePath ?>/tai-khoan"><?cs var:Lang.Acct.AccountTitle ?></a></li><?cs
else ?><li><a href="<?cs var:Req.BasePath ?>/tai-khoan/dang-nhap<?cs if:Msg.Next ?>?tiep=<?cs var:url_escape(Msg.Next) ?><?cs /if ?>"><?cs var:Lang.Acct.LoginTitle ?></a></li><?cs /if ?>
</ul>
<?cs /def ?>
