<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Acct.ConfirmTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Acct.ConfirmTitle ?></h1>
<p class="lead"><?cs var:Lang.Acct.ConfirmLead ?></p>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/tai-khoan/xac-nhan">
  <?cs call:csrf() ?>
  <input type="hidden" name="ma" value="<?cs var:Form.ma.Value ?>">
  <?cs if:Form.tiep.Value ?><input type="hidden" name="tiep" value="<?cs var:Form.tiep.Value ?>"><?cs /if ?>
  <p><button type="submit" class="button"><?cs var:Lang.Acct.ConfirmButton ?></button></p>
</form>
<?cs /def ?>
