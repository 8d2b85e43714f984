<?cs include:"macros.cs" ?><?cs include:"payment_parts.cs" ?><?cs set:Page.Title = Lang.Pay.PageTitle + " " + Dossier.D.code ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/ho-so"><?cs var:Lang.Dossier.ListTitle ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>"><?cs var:Dossier.D.code ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Pay.PageTitle ?> <?cs var:Dossier.D.code ?></h1>
<?cs if:Page.Failure == "nothing" ?><div class="alert alert-error" role="alert"><p><?cs var:Lang.Pay.NothingOwed ?></p></div><?cs /if ?><?cs
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
<p><a href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>"><?cs var:Lang.Pay.BackToDossier ?></a></p>
<?cs /def ?>
