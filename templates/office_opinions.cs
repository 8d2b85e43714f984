<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Office.Opinion.QueueTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Office.Opinion.QueueTitle ?></h1>
<p><?cs var:Lang.Office.Opinion.QueueLead ?></p>
<?cs if:OpinionCount == 0 ?><p><?cs var:Lang.Office.Opinion.QueueEmpty ?></p><?cs else ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Code ?></th><th scope="col"><?cs var:Lang.Office.Opinion.LeadAgency ?></th><th scope="col"><?cs var:Lang.Dossier.Procedure ?></th><th scope="col"><?cs var:Lang.Office.Opinion.Question ?></th><th scope="col"><?cs var:Lang.Office.Opinion.Due ?></th><th scope="col"><?cs var:Lang.Office.Opinion.Status ?></th></tr></thead>
  <tbody><?cs each:o = Opinions ?>
  <tr class="opinion-row"><td><a href="<?cs var:Req.BasePath ?>/can-bo/y-kien/<?cs var:o.id ?>"><?cs var:o.code ?></a></td>
  <td><?cs var:o.lead_name ?></td><td><?cs var:o.proc_name ?></td><td class="text"><?cs var:o.question ?></td>
  <td><?cs var:o.due ?><?cs if:o.left_text ?><br><?cs if:o.late ?><span class="late"><?cs var:Lang.Office.Late ?> <?cs var:o.left_text ?></span><?cs else ?><?cs var:Lang.Office.Left ?> <?cs var:o.left_text ?><?cs /if ?><?cs /if ?></td>
  <td><?cs var:Lang.Office.Opinion.St[o.status] ?><?cs if:o.answered_late == 1 ?> <span class="late">(<?cs var:Lang.Office.Opinion.AnsweredLate ?>)</span><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs /if ?>
<?cs /def ?>
