<?cs include:"macros.cs" ?><?cs include:"payment_parts.cs" ?><?cs set:Page.Title = Lang.Pay.PageTitle + " " + Dossier.D.code ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/ho-so"><?cs var:Lang.Dossier.ListTitle ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>"><?cs var:Dossier.D.code ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Pay.PageTitle ?> <?cs var:Dossier.D.code ?></h1>
<?cs if:Page.Failure == "nothing" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Pay.NothingOwed ?></p></div><?cs
elif:Page.Failure == "gateway" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="cong-khong-tra-loi"><p><?cs var:Lang.Pay.GatewayDown ?></p></div><?cs
elif:Page.Failure == "norefund" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Pay.NoRefund ?></p></div><?cs
elif:Page.Failure == "account" ?><?cs call:error_summary() ?><?cs
elif:Page.AccountSaved ?><div class="alert alert-ok" role="status" id="da-luu-tai-khoan"><p><?cs var:Lang.Pay.RefundSaved ?></p></div><?cs /if ?><?cs
if:Page.Returned ?><?cs
  if:Pay.paid == "1" ?><div class="alert alert-ok" role="status" id="ket-qua-thanh-toan"><p><?cs var:Lang.Pay.ReturnPaid ?></p></div><?cs
  else ?><div class="alert alert-warn" role="status" id="ket-qua-thanh-toan"><p><?cs var:Lang.Pay.ReturnNotYet ?></p></div><?cs /if ?><?cs
/if ?>
<p><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></p>
<?cs call:pay_facts(Pay, Dossier.D.code) ?>
<?cs call:pay_qr(Pay, Dossier.D.code) ?><?cs
if:Page.Online ?><section class="action" id="thanh-toan-truc-tuyen"><h2><?cs var:Lang.Pay.OnlineTitle ?></h2>
<p><?cs var:Lang.Pay.OnlineHint ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/thanh-toan/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/truc-tuyen"><?cs call:csrf() ?>
<button type="submit"><?cs var:Lang.Pay.OnlineButton ?> <?cs var:Pay.total ?> <?cs var:Lang.Pay.Dong ?></button></form></section><?cs /if ?>
<?cs if:Pay.refund_due == "1" ?><section class="action" id="hoan-tra" aria-labelledby="hoan-tra-tieu-de"><h2 id="hoan-tra-tieu-de"><?cs var:Lang.Pay.RefundTitle ?></h2>
<p><?cs var:Lang.Pay.RefundOwed ?></p><?cs
  if:Pay.refund_account ?><p id="tai-khoan-hoan"><?cs var:Lang.Pay.RefundTo ?>: <?cs var:Pay.refund_account ?> <?cs var:Lang.Pay.AccountAt ?> <?cs var:Pay.refund_bank ?>, <?cs var:Lang.Pay.AccountHolder ?> <?cs var:Pay.refund_holder ?>.</p><?cs /if ?><?cs
  if:Page.RefundForm ?><p><?cs var:Lang.Pay.RefundAccountLead ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/thanh-toan/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/tai-khoan-hoan" novalidate><?cs call:csrf() ?>
<?cs call:input("ngan_hang", Lang.Field.ngan_hang, "text", "off", 1, "", 200) ?>
<?cs call:input("so_tai_khoan", Lang.Field.so_tai_khoan, "text", "off", 1, "", 30) ?>
<?cs call:input("chu_tai_khoan", Lang.Field.chu_tai_khoan, "text", "off", 1, "", 100) ?>
<button type="submit"><?cs var:Lang.Pay.RefundSave ?></button></form><?cs /if ?></section><?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>"><?cs var:Lang.Pay.BackToDossier ?></a></p>
<?cs /def ?>
