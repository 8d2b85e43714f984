<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Statement.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Statement.Title ?></h1>
<p><?cs var:Lang.Statement.Lead ?></p>
<?cs if:Page.Assigned ?><div class="alert alert-ok" role="status" id="sao-ke-ket-qua"><p><?cs var:Lang.Statement.Assigned ?></p></div><?cs /if ?><?cs
if:Page.Dismissed ?><div class="alert alert-ok" role="status" id="sao-ke-ket-qua"><p><?cs var:Lang.Statement.Dismissed ?></p></div><?cs /if ?><?cs
if:Page.Fail == "file" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="sao-ke-loi"><p><?cs
  if:Import.line ?><?cs var:Lang.Statement.ErrLine ?> <?cs var:Import.line ?>: <?cs /if ?><?cs
  if:Import.err == "no_column" ?><?cs var:Lang.Statement.NoColumn ?> <strong><?cs var:Lang.Statement.Col[Import.col] ?></strong>. <?cs var:Lang.Statement.NoColumnHint ?><?cs
  else ?><?cs var:Lang.Statement.Err[Import.err] ?><?cs /if ?></p>
<p><?cs var:Lang.Statement.NothingApplied ?></p></div><?cs
elif:Page.Fail ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="sao-ke-loi"><p><?cs if:Lang.Statement.Fail[Page.Fail] ?><?cs var:Lang.Statement.Fail[Page.Fail] ?><?cs else ?><?cs var:Lang.Statement.Fail.input ?><?cs /if ?></p></div><?cs /if ?><?cs
if:Import.err == "ok" ?><div class="alert alert-ok" role="status" id="sao-ke-ket-qua"><p><?cs var:Lang.Statement.Done ?></p><ul>
<li><span id="sk-so-dong"><?cs var:Import.lines ?></span> <?cs var:Lang.Statement.Lines ?></li>
<li><span id="sk-da-khop"><?cs var:Import.paid ?></span> <?cs var:Lang.Statement.Paid ?></li>
<li><span id="sk-cho"><?cs var:Import.waiting ?></span> <?cs var:Lang.Statement.Waiting ?></li>
<li><span id="sk-da-co"><?cs var:Import.known ?></span> <?cs var:Lang.Statement.Known ?></li>
<li><span id="sk-bo-qua"><?cs var:Import.skipped ?></span> <?cs var:Lang.Statement.Skipped ?></li>
</ul></div><?cs /if ?>
<section class="action" id="nhap-sao-ke"><h2><?cs var:Lang.Statement.ImportTitle ?></h2>
<form method="post" enctype="multipart/form-data" action="<?cs var:Req.BasePath ?>/can-bo/thanh-toan/sao-ke"><?cs call:csrf() ?>
<div class="field"><label for="sao_ke"><?cs var:Lang.Statement.FileLabel ?> <span class="req" aria-hidden="true">*</span></label>
<p class="hint" id="sao_ke-gy"><?cs var:Lang.Statement.FileHint ?></p>
<input id="sao_ke" name="sao_ke" type="file" accept=".csv,text/csv" required aria-describedby="sao_ke-gy"></div>
<button type="submit"><?cs var:Lang.Statement.Import ?></button></form></section>
<h2 id="cho-xu-ly-ten"><?cs var:Lang.Statement.WaitingTitle ?></h2><?cs
if:WaitingCount == 0 ?><p id="cho-xu-ly-trong"><?cs var:Lang.Statement.WaitingEmpty ?></p><?cs else ?>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cho-xu-ly-ten"><table id="cho-xu-ly">
  <caption class="visually-hidden"><?cs var:Lang.Statement.WaitingTitle ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Statement.Date ?></th><th scope="col"><?cs var:Lang.Statement.Amount ?></th><th scope="col"><?cs var:Lang.Statement.Content ?></th><th scope="col"><?cs var:Lang.Statement.Ref ?></th><th scope="col"><?cs var:Lang.Statement.WhyLabel ?></th><th scope="col"><?cs var:Lang.Statement.Actions ?></th></tr></thead>
  <tbody><?cs each:l = Waiting ?><tr id="dong-<?cs var:l.id ?>" data-ly-do="<?cs var:l.why ?>"><td><?cs var:l.booked ?></td><td><?cs var:l.amount ?> <?cs var:Lang.Pay.Dong ?></td><td class="text"><?cs var:l.content ?></td><td><?cs var:l.bank_ref ?></td>
  <td><?cs var:Lang.Statement.Why[l.why] ?><?cs if:l.code ?> (<?cs var:l.code ?>)<?cs /if ?></td>
  <td><form method="post" action="<?cs var:Req.BasePath ?>/can-bo/thanh-toan/sao-ke/<?cs var:l.id ?>/gan"><?cs call:csrf() ?>
  <label for="ma-<?cs var:l.id ?>"><?cs var:Lang.Statement.AssignLabel ?></label> <input id="ma-<?cs var:l.id ?>" name="ma_ho_so" maxlength="40" value="<?cs var:l.code ?>" required>
  <label for="ly-do-gan-<?cs var:l.id ?>"><?cs var:Lang.Statement.AssignReason ?></label> <input id="ly-do-gan-<?cs var:l.id ?>" name="ly_do" maxlength="500">
  <button type="submit"><?cs var:Lang.Statement.Assign ?></button></form>
  <form method="post" action="<?cs var:Req.BasePath ?>/can-bo/thanh-toan/sao-ke/<?cs var:l.id ?>/bo-qua"><?cs call:csrf() ?>
  <label for="ly-do-bo-<?cs var:l.id ?>"><?cs var:Lang.Statement.DismissReason ?></label> <input id="ly-do-bo-<?cs var:l.id ?>" name="ly_do" maxlength="500" required>
  <button type="submit" class="button-secondary"><?cs var:Lang.Statement.Dismiss ?></button></form></td></tr><?cs /each ?></tbody>
</table></div><?cs /if ?><?cs
if:subcount(Settled) > 0 ?>
<h2 id="da-xu-ly-ten"><?cs var:Lang.Statement.SettledTitle ?></h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="da-xu-ly-ten"><table id="da-xu-ly">
  <caption class="visually-hidden"><?cs var:Lang.Statement.SettledTitle ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Statement.Date ?></th><th scope="col"><?cs var:Lang.Statement.Amount ?></th><th scope="col"><?cs var:Lang.Statement.Content ?></th><th scope="col"><?cs var:Lang.Statement.StateLabel ?></th><th scope="col"><?cs var:Lang.Statement.Dossier ?></th><th scope="col"><?cs var:Lang.Statement.SettledAt ?></th></tr></thead>
  <tbody><?cs each:l = Settled ?><tr id="xong-<?cs var:l.id ?>" data-tinh-trang="<?cs var:l.state ?>"><td><?cs var:l.booked ?></td><td><?cs var:l.amount ?> <?cs var:Lang.Pay.Dong ?></td><td class="text"><?cs var:l.content ?></td>
  <td><?cs var:Lang.Statement.State[l.state] ?><?cs if:l.note ?>: <?cs var:l.note ?><?cs /if ?></td><td><?cs if:l.code ?><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(l.code) ?>"><?cs var:l.code ?></a><?cs /if ?></td><td><?cs var:l.settled ?></td></tr><?cs /each ?></tbody>
</table></div><?cs /if ?>
<?cs /def ?>
