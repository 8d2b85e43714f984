<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Oversight.DossierTitle + " " + D.code ?><?cs
def:body() ?>
<p><a href="<?cs var:Req.BasePath ?>/can-bo/giam-sat"><?cs var:Lang.Oversight.Back ?></a></p>
<h1><?cs var:Lang.Oversight.DossierTitle ?> <span class="code"><?cs var:D.code ?></span></h1>
<p><?cs var:Lang.Oversight.DossierLead ?></p>
<?cs if:Page.Done ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Oversight.Waiver.Done ?></p></div><?cs /if ?>
<?cs if:Page.Failure == "twice" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Oversight.Waiver.FailTwice ?></p></div><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:D.agency_name ?> (<?cs var:D.agency_code ?>)</dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:D.proc_code ?> – <?cs var:D.proc_name ?></dd>
  <dt><?cs var:Lang.Dossier.Status ?></dt><dd><?cs call:dossier_status(D.status) ?></dd>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:D.submitted ?></dd>
  <dt><?cs var:Lang.Report.Received ?></dt><dd><?cs if:D.received ?><?cs var:D.received ?><?cs else ?>–<?cs /if ?></dd>
  <dt><?cs var:Lang.Oversight.FirstDue ?></dt><dd><?cs if:D.first_due ?><?cs var:D.first_due ?><?cs else ?>–<?cs /if ?></dd>
  <dt><?cs var:Lang.Oversight.Due ?></dt><dd id="hen-tra"><?cs if:D.due ?><?cs var:D.due ?><?cs else ?>–<?cs /if ?></dd>
  <dt><?cs var:Lang.Oversight.Extensions ?></dt><dd id="so-lan-gia-han"><?cs var:D.extensions ?></dd>
  <dt><?cs var:Lang.Oversight.Finished ?></dt><dd><?cs if:D.finished ?><?cs var:D.finished ?><?cs else ?>–<?cs /if ?></dd>
  <?cs if:D.timeliness ?><dt><?cs var:Lang.Oversight.Timeliness ?></dt><dd><?cs var:Lang.Oversight.Tl[D.timeliness] ?></dd><?cs /if ?>
  <?cs if:D.paper_pending == 1 ?><dt><?cs var:Lang.Oversight.PaperReceived ?></dt><dd><?cs if:D.paper_received ?><?cs var:D.paper_received ?><?cs else ?><?cs var:Lang.Oversight.St.paper ?><?cs /if ?></dd><?cs /if ?>
</dl>
<h2 id="lich-su-hen"><?cs var:Lang.Oversight.DueHistory ?></h2>
<?cs if:subcount(D.Due) == 0 ?><p><?cs var:Lang.Oversight.DueNone ?></p><?cs else ?>
<div class="table-wrap"><table aria-labelledby="lich-su-hen">
  <thead><tr><th scope="col"><?cs var:Lang.Oversight.DueAt ?></th><th scope="col"><?cs var:Lang.Oversight.DueCause ?></th><th scope="col"><?cs var:Lang.Oversight.DueOld ?></th><th scope="col"><?cs var:Lang.Oversight.DueNew ?></th></tr></thead>
  <tbody><?cs each:c = D.Due ?><tr><td><?cs var:c.at ?></td><td><?cs if:Lang.Oversight.Cause[c.cause] ?><?cs var:Lang.Oversight.Cause[c.cause] ?><?cs elif:Lang.Dossier.Event[c.cause] ?><?cs var:Lang.Dossier.Event[c.cause] ?><?cs else ?>–<?cs /if ?></td><td><?cs if:c.old_due ?><?cs var:c.old_due ?><?cs else ?>–<?cs /if ?></td><td><?cs if:c.new_due ?><?cs var:c.new_due ?><?cs else ?>–<?cs /if ?></td></tr><?cs /each ?></tbody>
</table></div><?cs /if ?>
<h2 id="mien-gioi-han"><?cs var:Lang.Oversight.Waiver.Title ?></h2>
<?cs if:D.Waiver.at ?>
<dl class="facts waiver">
  <dt><?cs var:Lang.Oversight.Waiver.Granted ?></dt><dd><?cs var:D.Waiver.at ?>, <?cs var:D.Waiver.by_name ?></dd>
  <dt><?cs var:Lang.Oversight.Waiver.Reason ?></dt><dd><?cs var:D.Waiver.reason ?></dd>
</dl><?cs
elif:Page.Admin ?>
<p><?cs var:Lang.Oversight.Waiver.Lead ?></p>
<?cs if:Page.Failure == "reason" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Oversight.Waiver.FailReason ?></p></div><?cs /if ?>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/giam-sat/ho-so/<?cs var:url_escape(D.code) ?>/mien-gioi-han">
  <?cs call:csrf() ?>
  <?cs call:textarea("ly_do", Lang.Oversight.Waiver.Reason, 1, Lang.Oversight.Waiver.ReasonHint, 2000) ?>
  <button type="submit"><?cs var:Lang.Oversight.Waiver.Grant ?></button>
</form><?cs
else ?><p id="khong-mien"><?cs var:Lang.Oversight.Waiver.None ?></p><?cs /if ?>
<?cs /def ?>
