<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Pay.EReceiptTitle + " " + Receipt.ereceipt ?><?cs
def:body() ?>
<article class="receipt" id="bien-lai">
<p><?cs var:Receipt.agency_name ?><?cs if:Receipt.agency_address ?><br><?cs var:Receipt.agency_address ?><?cs /if ?></p>
<h1><?cs var:Lang.Pay.EReceiptTitle ?></h1>
<div class="receipt-top">
<p class="receipt-code"><span><?cs var:Lang.Pay.EReceiptNo ?></span> <strong class="code" id="so-bien-lai"><?cs var:Receipt.ereceipt ?></strong></p>
<?cs include:"payment_receipt_facts.cs" ?>
<figure class="qr">
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 <?cs var:Receipt.Qr.size ?> <?cs var:Receipt.Qr.size ?>" width="160" height="160" role="img" aria-labelledby="qr-mo-ta" shape-rendering="crispEdges"><title id="qr-mo-ta"><?cs var:Lang.Pay.EReceiptQr ?></title><rect width="100%" height="100%" fill="#fff"/><path d="<?cs var:Receipt.Qr.path ?>" fill="#000"/></svg>
  <figcaption><?cs var:Lang.Pay.EReceiptQr ?><br><span class="url" id="kiem-tra-bien-lai"><?cs var:Receipt.Url ?></span></figcaption>
</figure>
</div>
<p class="small"><?cs var:Lang.Pay.EReceiptNote ?></p>
<p class="print-actions no-print"><button type="button" class="button" data-print hidden><?cs var:Lang.Dossier.Print ?></button>
<a class="button button-secondary" href="<?cs var:Req.BasePath ?>/thanh-toan/ho-so/<?cs var:url_escape(Receipt.code) ?>"><?cs var:Lang.Pay.PageTitle ?> <?cs var:Receipt.code ?></a></p>
</article>
<script src="<?cs var:Req.BasePath ?>/static/js/in-bien-nhan.js?v=<?cs var:Static.Version ?>" defer></script>
<?cs /def ?>
