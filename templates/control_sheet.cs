<?cs include:"macros.cs" ?><?cs set:Page.Title = Sheet.Form.title + " " + Sheet.code ?><?cs
def:body() ?>
<article class="receipt control-sheet">
<p class="small"><?cs var:Lang.Report.SheetFormLabel ?> <?cs var:Sheet.Form.number ?> – <?cs var:Sheet.Form.circular ?></p>
<h1><?cs var:Sheet.Form.title ?></h1>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Code ?></dt><dd><strong class="code"><?cs var:Sheet.code ?></strong></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Sheet.proc_code ?> – <?cs var:Sheet.proc_name ?></dd>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Sheet.agency_name ?></dd>
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Sheet.applicant_name ?></dd>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:Sheet.submitted ?></dd>
  <dt><?cs var:Lang.Report.Received ?></dt><dd id="ngay-nhan"><?cs if:Sheet.received ?><?cs var:Sheet.received ?><?cs else ?>–<?cs /if ?></dd>
  <?cs if:Sheet.first_due ?><dt><?cs var:Lang.Report.FirstDue ?></dt><dd id="hen-ban-dau"><?cs var:Sheet.first_due ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Office.DueAt ?></dt><dd id="hen-tra"><?cs if:Sheet.due ?><?cs var:Sheet.due ?><?cs else ?>–<?cs /if ?></dd>
  <?cs if:Sheet.extensions > 0 ?><dt><?cs var:Lang.Report.Extensions ?></dt><dd id="so-lan-gia-han"><?cs var:Sheet.extensions ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Report.Finished ?></dt><dd><?cs if:Sheet.finished ?><?cs var:Sheet.finished ?><?cs else ?>–<?cs /if ?></dd>
  <?cs if:Sheet.timeliness ?><dt><?cs var:Lang.Report.Timeliness ?></dt><dd id="so-voi-han"><?cs var:Lang.Office.Timeliness[Sheet.timeliness] ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Report.Returned ?></dt><dd id="ngay-tra"><?cs if:Sheet.returned ?><?cs var:Sheet.returned ?><?cs else ?>–<?cs /if ?></dd>
</dl>
<h2><?cs var:Lang.Report.Steps ?></h2>
<div class="table-wrap"><table class="steps">
  <thead><tr><th scope="col"><?cs var:Lang.Report.StepNo ?></th><th scope="col"><?cs var:Lang.Report.Step ?></th><th scope="col"><?cs var:Lang.Report.Who ?></th><th scope="col"><?cs var:Lang.Report.When ?></th><th scope="col"><?cs var:Lang.Report.Result ?></th><th scope="col"><?cs var:Lang.Report.Note ?></th></tr></thead>
  <tbody><?cs each:e = Sheet.Steps ?>
  <tr class="step"><td><?cs var:e.no ?></td><td><?cs if:e.action == "submit" && e.actor_role == "reception" ?><?cs var:Lang.Dossier.EventSubmitCounter ?><?cs else ?><?cs var:Lang.Dossier.Event[e.action] ?><?cs /if ?></td><td><?cs var:Lang.Dossier.Role[e.actor_role] ?><?cs if:e.actor_role != "citizen" && e.agency_name ?>, <?cs var:e.agency_name ?><?cs /if ?></td><td><?cs var:e.at ?></td><td><?cs var:Lang.Dossier.St[e.status_to] ?></td><td><?cs call:event_note(e) ?></td></tr><?cs /each ?>
  </tbody>
</table></div>
<p class="small"><?cs var:Lang.Report.Printed ?> <?cs var:Sheet.printed ?></p>
<p class="no-print"><a class="button" href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Sheet.code) ?>"><?cs var:Lang.Dossier.ViewTitle ?> <?cs var:Sheet.code ?></a></p>
</article>
<?cs /def ?>
