<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Office.Work[Page.Work].Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Office.Work[Page.Work].Title ?></h1>
<p><?cs var:Lang.Office.Work[Page.Work].Lead ?></p>
<?cs if:WorkCount == 0 ?><p><?cs var:Lang.Office.QueueEmpty ?></p><?cs else ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Code ?></th><th scope="col"><?cs var:Lang.Dossier.Applicant2 ?></th><th scope="col"><?cs var:Lang.Dossier.Procedure ?></th><th scope="col"><?cs var:Lang.Dossier.Status ?></th><th scope="col"><?cs var:Lang.Dossier.Submitted ?></th><th scope="col"><?cs var:Lang.Office.TimeLeft ?></th></tr></thead>
  <tbody><?cs each:d = Work ?>
  <tr class="work-row"><td><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a></td>
  <td><?cs var:d.applicant_name ?></td><td><?cs var:d.proc_name ?></td>
  <td><?cs call:dossier_status(d.status) ?><?cs if:d.proposal_action ?> <span class="badge badge-part"><?cs var:Lang.Office.Proposal[d.proposal_action] ?></span><?cs /if ?><?cs if:d.return_method ?> <span class="badge badge-part"><?cs var:Lang.Office.Method[d.return_method] ?></span><?cs /if ?></td>
  <td><?cs var:d.submitted ?></td>
  <td><?cs if:d.left_text ?><?cs if:d.late ?><span class="late"><?cs var:Lang.Office.Late ?> <?cs var:d.left_text ?></span><?cs else ?><?cs var:Lang.Office.Left ?> <?cs var:d.left_text ?><?cs /if ?><?cs call:due_marks(d) ?><?cs else ?>–<?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs /if ?>
<?cs /def ?>
