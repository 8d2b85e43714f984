<?cs # Fees and payment (issue 14), included where a dossier's fee is shown:
  the citizen's dossier page, the receipt, the officer's page. Pay is
  payment_info's (domain/payment.h): what is owed, when, how to pay, the
  state and the payments. code: the dossier's code (the transfer's
  message). ?><?cs
def:pay_facts(P, code) ?><section class="fee" id="phi-le-phi" aria-labelledby="phi-le-phi-tieu-de"><h2 id="phi-le-phi-tieu-de"><?cs var:Lang.Pay.Title ?></h2><?cs
  if:P.none ?><p id="phi-khong-thu"><?cs var:Lang.Pay.NoneDossier ?></p><?cs
  else ?><dl class="facts">
  <dt><?cs var:Lang.Pay.Total ?></dt><dd id="phi-so-tien"><strong><?cs var:P.total ?> <?cs var:Lang.Pay.Dong ?></strong><?cs if:P.fee_charge != "0" && P.fee_amount != "0" ?> (<?cs var:Lang.Pay.Fee ?> <?cs var:P.fee ?> <?cs var:Lang.Pay.Dong ?>; <?cs var:Lang.Pay.Charge ?> <?cs var:P.charge ?> <?cs var:Lang.Pay.Dong ?>)<?cs /if ?></dd>
  <dt><?cs var:Lang.Pay.WhenLabel ?></dt><dd id="phi-thoi-diem"><?cs var:Lang.Pay.When[P.when] ?></dd>
  <dt><?cs var:Lang.Pay.StateLabel ?></dt><dd id="phi-tinh-trang"><?cs if:P.paid == "1" ?><span class="badge badge-ok"><?cs var:Lang.Pay.Paid ?></span><?cs
    elif:P.exempt ?><span class="badge badge-ok"><?cs var:Lang.Pay.Exempt ?></span> <?cs var:Lang.Pay.ExemptReason ?>: <?cs var:P.exempt ?><?cs
    else ?><span class="badge badge-warn"><?cs var:Lang.Pay.Owed ?></span><?cs /if ?></dd><?cs
  if:P.owed ?>
  <dt><?cs var:Lang.Pay.HowLabel ?></dt><dd id="phi-cach-nop"><?cs var:Lang.Pay.How ?><?cs
    if:P.bank_account ?><br><?cs var:Lang.Pay.Account ?>: <?cs var:P.bank_account ?> <?cs var:Lang.Pay.AccountAt ?> <?cs var:P.bank_name ?>, <?cs var:Lang.Pay.AccountHolder ?> <?cs var:P.bank_holder ?>. <?cs var:Lang.Pay.TransferNote ?> <strong><?cs var:code ?></strong>.<?cs /if ?></dd><?cs
  /if ?></dl><?cs
  if:subcount(P.List) > 0 ?><div class="table-wrap" role="region" tabindex="0" aria-labelledby="phi-cac-khoan-ten"><table id="phi-cac-khoan">
  <caption id="phi-cac-khoan-ten"><?cs var:Lang.Pay.Payments ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Pay.PaidAt ?></th><th scope="col"><?cs var:Lang.Pay.Amount ?></th><th scope="col"><?cs var:Lang.Pay.MethodLabel ?></th><th scope="col"><?cs var:Lang.Pay.Receipt ?></th><th scope="col"><?cs var:Lang.Pay.StateLabel ?></th><th scope="col"><?cs var:Lang.Pay.EReceipt ?></th></tr></thead>
  <tbody><?cs each:x = P.List ?><tr><td><?cs var:x.paid_at ?></td><td><?cs var:x.amount ?> <?cs var:Lang.Pay.Dong ?><?cs if:x.reason ?><br><span class="small"><?cs var:Lang.Pay.DiffReason ?>: <?cs var:x.reason ?></span><?cs /if ?></td><td><?cs var:Lang.Pay.Method[x.method] ?><?cs if:x.means ?> (<?cs var:Lang.Pay.Means[x.means] ?>)<?cs /if ?></td><td><?cs var:x.receipt_no ?></td><td><?cs var:Lang.Pay.StateName[x.state] ?><?cs if:x.state == "refunded" ?><br><span class="small"><?cs var:Lang.Pay.RefundDone ?> <?cs var:x.refund_on ?>, <?cs var:Lang.Pay.EReceiptRefundRef ?> <?cs var:x.refund_ref ?></span><?cs /if ?></td><td><?cs if:x.ereceipt ?><a class="bien-lai" href="<?cs var:Req.BasePath ?>/thanh-toan/ho-so/<?cs var:url_escape(code) ?>/bien-lai/<?cs var:x.id ?>"><?cs var:Lang.Pay.EReceiptLink ?> <?cs var:x.ereceipt ?></a><?cs /if ?></td></tr><?cs /each ?></tbody>
  </table></div><?cs /if ?><?cs
  /if ?></section><?cs
/def ?>
<?cs # What a dossier of the procedure will owe once submitted, and when
  and how to pay (the start and review pages): F is payment_proc_fee's. ?><?cs
def:pay_due(F) ?><?cs if:F.when ?><section class="fee" id="phi-le-phi" aria-labelledby="phi-le-phi-tieu-de"><h2 id="phi-le-phi-tieu-de"><?cs var:Lang.Pay.Title ?></h2><?cs
  if:F.none ?><p id="phi-khong-thu"><?cs var:Lang.Pay.None ?></p><?cs
  else ?><dl class="facts">
  <dt><?cs var:Lang.Pay.Total ?></dt><dd id="phi-so-tien"><strong><?cs var:F.total ?> <?cs var:Lang.Pay.Dong ?></strong><?cs
    if:subcount(F.Cases) > 0 ?><br><?cs var:Lang.Pay.CaseFees ?><ul id="phi-theo-truong-hop"><?cs each:k = F.Cases ?><li><?cs var:k.name ?>: <?cs var:k.total ?> <?cs var:Lang.Pay.Dong ?></li><?cs /each ?></ul><?cs /if ?></dd>
  <dt><?cs var:Lang.Pay.WhenLabel ?></dt><dd id="phi-thoi-diem"><?cs var:Lang.Pay.When[F.when] ?></dd>
  <dt><?cs var:Lang.Pay.HowLabel ?></dt><dd id="phi-cach-nop"><?cs var:Lang.Pay.How ?></dd>
</dl><?cs /if ?></section><?cs /if ?><?cs
/def ?>
<?cs # The transfer by VietQR (payment page, receipt): while P.qr is set
  (payment_info: owed, an open status, an account with its bank's BIN),
  the code drawn from its payload (P.Qr, pages/qr.c) with everything a
  person types in by hand beside it; the payload itself in data-vietqr
  for whoever checks the page. ?><?cs
def:pay_qr(P, code) ?><?cs if:P.qr ?><section class="fee" id="chuyen-khoan-qr" aria-labelledby="chuyen-khoan-qr-tieu-de"><h2 id="chuyen-khoan-qr-tieu-de"><?cs var:Lang.Pay.QrTitle ?></h2>
<p><?cs var:Lang.Pay.QrHint ?></p>
<div class="qr-transfer">
<figure class="qr" id="ma-vietqr" data-vietqr="<?cs var:P.qr ?>">
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 <?cs var:P.Qr.size ?> <?cs var:P.Qr.size ?>" width="200" height="200" role="img" aria-labelledby="vietqr-mo-ta" shape-rendering="crispEdges"><title id="vietqr-mo-ta"><?cs var:Lang.Pay.QrAlt ?> <?cs var:P.total ?> <?cs var:Lang.Pay.Dong ?></title><rect width="100%" height="100%" fill="#fff"/><path d="<?cs var:P.Qr.path ?>" fill="#000"/></svg>
  <figcaption><?cs var:Lang.Pay.QrCaption ?></figcaption>
</figure>
<dl class="facts" id="chuyen-khoan-thong-tin">
  <dt><?cs var:Lang.Pay.QrBank ?></dt><dd id="ck-ngan-hang"><?cs var:P.bank_name ?></dd>
  <dt><?cs var:Lang.Pay.QrAccount ?></dt><dd id="ck-tai-khoan"><?cs var:P.bank_account ?></dd>
  <dt><?cs var:Lang.Pay.QrHolder ?></dt><dd id="ck-chu-tai-khoan"><?cs var:P.bank_holder ?></dd>
  <dt><?cs var:Lang.Pay.QrAmount ?></dt><dd id="ck-so-tien"><strong><?cs var:P.total ?> <?cs var:Lang.Pay.Dong ?></strong></dd>
  <dt><?cs var:Lang.Pay.QrMessage ?></dt><dd id="ck-noi-dung"><strong class="code"><?cs var:code ?></strong></dd>
</dl>
</div>
<p><?cs var:Lang.Pay.QrAfter ?></p>
</section><?cs /if ?><?cs
/def ?>
