<?cs # An e-receipt's facts (Receipt: payment_receipt's), on the receipt
  and on its public check. ?><dl class="facts" id="bien-lai-chi-tiet">
  <dt><?cs var:Lang.Pay.EReceiptIssuer ?></dt><dd><?cs var:Receipt.agency_name ?></dd>
  <dt><?cs var:Lang.Pay.EReceiptPayer ?></dt><dd><?cs var:Receipt.applicant_name ?></dd>
  <dt><?cs var:Lang.Pay.EReceiptFor ?></dt><dd><?cs var:Receipt.code ?> – <?cs var:Receipt.proc_name ?></dd>
  <dt><?cs var:Lang.Pay.EReceiptAmount ?></dt><dd id="bien-lai-so-tien"><strong><?cs var:Receipt.amount ?> <?cs var:Lang.Pay.Dong ?></strong><?cs if:Receipt.fee_charge != "0" && Receipt.fee_amount != "0" ?> (<?cs var:Lang.Pay.Fee ?> <?cs var:Receipt.fee ?> <?cs var:Lang.Pay.Dong ?>; <?cs var:Lang.Pay.Charge ?> <?cs var:Receipt.charge ?> <?cs var:Lang.Pay.Dong ?>)<?cs /if ?></dd>
  <dt><?cs var:Lang.Pay.EReceiptPaidAt ?></dt><dd><?cs var:Receipt.paid_at ?></dd>
  <dt><?cs var:Lang.Pay.EReceiptMethod ?></dt><dd><?cs var:Lang.Pay.Method[Receipt.method] ?><?cs if:Receipt.means ?> (<?cs var:Lang.Pay.Means[Receipt.means] ?>)<?cs /if ?></dd><?cs
  if:Receipt.gateway_txn || Receipt.receipt_no ?>
  <dt><?cs var:Lang.Pay.EReceiptRef ?></dt><dd><?cs if:Receipt.gateway_txn ?><?cs var:Receipt.gateway_txn ?><?cs else ?><?cs var:Receipt.receipt_no ?><?cs /if ?></dd><?cs /if ?><?cs
  if:Receipt.state == "refunded" ?>
  <dt><?cs var:Lang.Pay.StateLabel ?></dt><dd id="bien-lai-hoan-tra"><?cs var:Lang.Pay.EReceiptRefunded ?> <?cs var:Receipt.refund_on ?>, <?cs var:Lang.Pay.EReceiptRefundRef ?> <?cs var:Receipt.refund_ref ?></dd><?cs /if ?>
</dl>
