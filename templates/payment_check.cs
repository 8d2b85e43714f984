<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Pay.CheckTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Pay.CheckTitle ?></h1>
<?cs if:Check.Forged ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="bien-lai-khong-hop-le"><p><?cs var:Lang.Pay.CheckForged ?></p></div><?cs
else ?><div class="alert alert-ok" role="status" id="bien-lai-hop-le"><p><?cs var:Lang.Pay.CheckGenuine ?></p></div>
<p class="receipt-code"><span><?cs var:Lang.Pay.EReceiptNo ?></span> <strong class="code" id="so-bien-lai"><?cs var:Receipt.ereceipt ?></strong></p>
<?cs include:"payment_receipt_facts.cs" ?><?cs /if ?>
<?cs /def ?>
