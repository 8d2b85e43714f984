<?cs include:"macros.cs" ?><?cs
def:body() ?>
<div class="error-page">
  <p class="error-code"><?cs var:Lang.Error.Code ?> <?cs var:Error.Status ?></p>
  <h1><?cs var:Error.Title ?></h1>
  <p><?cs var:Error.Text ?></p>
  <?cs if:Req.Ref ?><p class="ref"><?cs var:Lang.Error.RefLabel ?> <strong class="ref-id"><?cs var:Req.Ref ?></strong>. <?cs var:Lang.Error.RefHint ?></p><?cs /if ?>
  <p><a class="button" href="<?cs var:Req.BasePath ?>/"><?cs var:Lang.Error.Home ?></a></p>
</div>
<?cs /def ?>
