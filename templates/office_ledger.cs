<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Ledger.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Ledger.Title ?></h1>
<p class="lead"><?cs var:Lang.Ledger.Lead ?></p>
<?cs if:Page.BadRange ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="loi-khoang-ngay"><p><?cs var:Lang.Ledger.BadRange ?></p></div><?cs /if ?>
<form method="get" action="<?cs var:Req.BasePath ?>/can-bo/thanh-toan" class="filters">
<div class="field"><label for="tu"><?cs var:Lang.Ledger.From ?></label><input id="tu" name="tu" type="date" value="<?cs if:Form.tu.Value ?><?cs var:Form.tu.Value ?><?cs else ?><?cs var:Page.From ?><?cs /if ?>"></div>
<div class="field"><label for="den"><?cs var:Lang.Ledger.To ?></label><input id="den" name="den" type="date" value="<?cs if:Form.den.Value ?><?cs var:Form.den.Value ?><?cs else ?><?cs var:Page.To ?><?cs /if ?>"></div>
<button type="submit"><?cs var:Lang.Ledger.Show ?></button>
</form><?cs
if:!Page.BadRange ?>
<p class="actions"><a class="button button-secondary" id="tai-doi-soat" href="<?cs var:Req.BasePath ?>/can-bo/thanh-toan/doi-soat.csv?tu=<?cs var:Page.From ?>&amp;den=<?cs var:Page.To ?>"><?cs var:Lang.Ledger.Csv ?></a></p>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="so-thu-ten"><table id="so-thu">
<caption id="so-thu-ten"><?cs var:Lang.Ledger.Summary ?></caption>
<thead><tr><th scope="col"><?cs var:Lang.Ledger.Way ?></th><th scope="col"><?cs var:Lang.Ledger.Count ?></th><th scope="col"><?cs var:Lang.Ledger.Amount ?></th></tr></thead>
<tbody><?cs each:m = Ledger.In ?><?cs if:name(m) != "total" ?><tr id="thu-<?cs name:m ?>"><th scope="row"><?cs var:Lang.Ledger.In ?> – <?cs var:Lang.Pay.Method[name(m)] ?></th><td><?cs var:m.n ?></td><td><?cs var:m.amount ?> <?cs var:Lang.Pay.Dong ?></td></tr><?cs /if ?><?cs /each ?>
<tr id="thu-tong"><th scope="row"><?cs var:Lang.Ledger.InTotal ?></th><td></td><td><strong><?cs var:Ledger.In.total ?> <?cs var:Lang.Pay.Dong ?></strong></td></tr>
<tr id="hoan-tra-tong"><th scope="row"><?cs var:Lang.Ledger.Out ?></th><td><?cs var:Ledger.Out.n ?></td><td><?cs var:Ledger.Out.amount ?> <?cs var:Lang.Pay.Dong ?></td></tr>
<tr id="con-lai"><th scope="row"><?cs var:Lang.Ledger.Net ?></th><td></td><td><strong><?cs if:Ledger.NetNegative ?>− <?cs /if ?><?cs var:Ledger.Net ?> <?cs var:Lang.Pay.Dong ?></strong></td></tr></tbody>
</table></div>
<h2 id="so-hoan-tra-tieu-de"><?cs var:Lang.Ledger.Refunds ?></h2><?cs
  if:subcount(Ledger.Refunds) == 0 ?><p id="khong-hoan-tra"><?cs var:Lang.Ledger.NoRefunds ?></p><?cs
  else ?><div class="table-wrap" role="region" tabindex="0" aria-labelledby="so-hoan-tra-tieu-de"><table id="so-hoan-tra">
<thead><tr><th scope="col"><?cs var:Lang.Ledger.Day ?></th><th scope="col"><?cs var:Lang.Dossier.Code ?></th><th scope="col"><?cs var:Lang.Pay.EReceiptPayer ?></th><th scope="col"><?cs var:Lang.Ledger.Amount ?></th><th scope="col"><?cs var:Lang.Pay.EReceiptNo ?></th><th scope="col"><?cs var:Lang.Field.so_chung_tu ?></th><th scope="col"><?cs var:Lang.Pay.RefundTo ?></th></tr></thead>
<tbody><?cs each:x = Ledger.Refunds ?><tr><td><?cs var:x.day ?></td><td><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(x.code) ?>"><?cs var:x.code ?></a></td><td><?cs var:x.applicant ?></td><td><?cs var:x.amount_grouped ?> <?cs var:Lang.Pay.Dong ?></td><td><?cs var:x.ereceipt ?></td><td><?cs var:x.ref ?></td><td><?cs var:x.account ?></td></tr><?cs /each ?></tbody>
</table></div><?cs /if ?><?cs
/if ?>
<?cs /def ?>
