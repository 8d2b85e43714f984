<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Sandbox.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Sandbox.Title ?></h1>
<p class="alert alert-warn" role="note"><?cs var:Lang.Sandbox.Note ?></p><?cs
if:Page.Bad ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="sai-chu-ky"><p><?cs var:Lang.Sandbox.Bad ?></p></div><?cs
else ?>
<dl class="facts">
  <dt><?cs var:Lang.Sandbox.Merchant ?></dt><dd><?cs var:Sandbox.merchant ?></dd>
  <dt><?cs var:Lang.Sandbox.Order ?></dt><dd id="ma-don"><?cs var:Sandbox.ref ?></dd>
  <dt><?cs var:Lang.Sandbox.Info ?></dt><dd><?cs var:Sandbox.info ?></dd>
  <dt><?cs var:Lang.Pay.Amount ?></dt><dd id="so-tien"><strong><?cs var:Sandbox.amount ?> <?cs var:Lang.Pay.Dong ?></strong></dd>
</dl>
<form method="post" action="<?cs var:Req.BasePath ?>/cong-thanh-toan-thu/ket-qua"><?cs call:csrf() ?><input type="hidden" name="q" value="<?cs var:Sandbox.q ?>">
<fieldset><legend><?cs var:Lang.Sandbox.Notify ?></legend>
<div class="check"><input type="radio" id="lan-1" name="lan" value="1" checked><label for="lan-1"><?cs var:Lang.Sandbox.Once ?></label></div>
<div class="check"><input type="radio" id="lan" name="lan" value="2"><label for="lan"><?cs var:Lang.Sandbox.Twice ?></label></div>
<div class="check"><input type="radio" id="lan-0" name="lan" value="0"><label for="lan-0"><?cs var:Lang.Sandbox.Lost ?></label></div>
</fieldset>
<fieldset><legend><?cs var:Lang.Sandbox.Options ?></legend>
<div class="check"><input type="checkbox" id="dao" name="dao" value="1"><label for="dao"><?cs var:Lang.Sandbox.Reverse ?></label></div>
</fieldset>
<p class="actions"><button type="submit" name="chon" value="thanh-cong" id="thanh-cong"><?cs var:Lang.Sandbox.Pay ?></button>
<button type="submit" name="chon" value="that-bai" id="that-bai" class="button-secondary"><?cs var:Lang.Sandbox.Fail ?></button>
<button type="submit" name="chon" value="huy" id="huy" class="button-secondary"><?cs var:Lang.Sandbox.Cancel ?></button></p>
</form><?cs /if ?>
<?cs /def ?>
