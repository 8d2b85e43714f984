<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Office.QueueTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Office.QueueTitle ?></h1>
<p><?cs var:Lang.Office.QueueLead ?></p>
<form class="filters" method="get" action="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan">
  <div class="field">
    <label for="trang_thai"><?cs var:Lang.Dossier.Status ?></label>
    <select id="trang_thai" name="trang_thai">
      <option value=""><?cs var:Lang.Office.FilterTodo ?></option>
      <option value="moi"<?cs if:Form.trang_thai.Value == "moi" ?> selected<?cs /if ?>><?cs var:Lang.Dossier.St.1 ?></option>
      <option value="da-tiep-nhan"<?cs if:Form.trang_thai.Value == "da-tiep-nhan" ?> selected<?cs /if ?>><?cs var:Lang.Dossier.St.2 ?></option>
      <option value="cho-bo-sung"<?cs if:Form.trang_thai.Value == "cho-bo-sung" ?> selected<?cs /if ?>><?cs var:Lang.Dossier.St.5 ?></option>
    </select>
  </div>
  <?cs call:input("q", Lang.Office.Search, "search", "off", 0, "", 100) ?>
  <button type="submit"><?cs var:Lang.Office.Filter ?></button>
</form>
<?cs if:QueueCount == 0 ?><p><?cs var:Lang.Office.QueueEmpty ?></p><?cs else ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Code ?></th><th scope="col"><?cs var:Lang.Dossier.Applicant2 ?></th><th scope="col"><?cs var:Lang.Dossier.Procedure ?></th><th scope="col"><?cs var:Lang.Dossier.Status ?></th><th scope="col"><?cs var:Lang.Dossier.Submitted ?></th><th scope="col"><?cs var:Lang.Office.TimeLeft ?></th></tr></thead>
  <tbody><?cs each:d = Queue ?>
  <tr class="queue-row"><td><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a></td>
  <td><?cs var:d.applicant_name ?></td><td><?cs var:d.proc_name ?></td>
  <td><?cs call:dossier_status(d.status) ?><?cs if:d.supplemented == 1 ?> <span class="badge badge-part"><?cs var:Lang.Office.Supplemented ?></span><?cs /if ?></td>
  <td><?cs var:d.submitted ?></td>
  <td><?cs if:d.left_text ?><?cs if:d.left_kind == "handover" ?><?cs var:Lang.Office.HandoverLeft ?> <?cs /if ?><?cs if:d.late ?><span class="late"><?cs var:Lang.Office.Late ?> <?cs var:d.left_text ?></span><?cs else ?><?cs var:Lang.Office.Left ?> <?cs var:d.left_text ?><?cs /if ?><?cs else ?><?cs var:Lang.Office.NotStarted ?><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs /if ?>
<?cs /def ?>
