<?cs include:"macros.cs" ?><?cs include:"payment_parts.cs" ?><?cs set:Page.Title = Lang.Dossier.ReceiptTitle + " " + Dossier.D.code ?><?cs
def:body() ?>
<article class="receipt">
<h1><?cs var:Lang.Dossier.ReceiptTitle ?></h1>
<p><?cs var:Lang.Dossier.ReceiptLead ?></p>
<div class="receipt-top">
<p class="receipt-code"><span><?cs var:Lang.Dossier.Code ?></span> <strong class="code"><?cs var:Dossier.D.code ?></strong></p>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
  <?cs if:Dossier.D.case_name ?><dt><?cs var:Lang.Dossier.Case ?></dt><dd><?cs var:Dossier.D.case_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Dossier.D.agency_name ?><?cs if:Dossier.D.agency_address ?>, <?cs var:Dossier.D.agency_address ?><?cs /if ?></dd>
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Dossier.D.applicant_name ?></dd>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:Dossier.D.submitted ?></dd>
  <dt><?cs var:Lang.Dossier.Status ?></dt><dd><?cs var:Lang.Dossier.St[Dossier.D.status] ?></dd>
</dl>
<figure class="qr">
  <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 <?cs var:Receipt.Qr.size ?> <?cs var:Receipt.Qr.size ?>" width="160" height="160" role="img" aria-labelledby="qr-mo-ta" shape-rendering="crispEdges"><title id="qr-mo-ta"><?cs var:Lang.Dossier.ReceiptQr ?></title><rect width="100%" height="100%" fill="#fff"/><path d="<?cs var:Receipt.Qr.path ?>" fill="#000"/></svg>
  <figcaption><?cs var:Lang.Dossier.ReceiptQr ?><br><span class="url"><?cs var:Receipt.Url ?></span></figcaption>
</figure>
</div>
<?cs call:paper_box(Dossier.D, "") ?>
<?cs call:pay_facts(Pay, Dossier.D.code) ?>
<?cs call:pay_qr(Pay, Dossier.D.code) ?>
<h2><?cs var:Lang.Dossier.Files ?></h2>
<?cs call:dossier_files(Dossier.Docs, 1) ?>
<h2><?cs var:Lang.Dossier.ReceiptNext ?></h2>
<p><?cs var:Lang.Dossier.ReceiptNextText ?></p>
<p class="print-actions no-print"><button type="button" class="button" data-print hidden><?cs var:Lang.Dossier.Print ?></button>
<a class="button button-secondary" href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>"><?cs var:Lang.Dossier.ViewTitle ?> <?cs var:Dossier.D.code ?></a></p>
</article>
<script src="<?cs var:Req.BasePath ?>/static/js/in-bien-nhan.js?v=<?cs var:Static.Version ?>" defer></script>
<?cs /def ?>
