<?cs # The staff queue (domain/queue.h), shared by every role's queue page.
  queue_filters(procs): the procedure and due-state filters and the
  search box, inside the page's own <form method="get"> (which adds its
  status choice and the submit button). queue_table(rows, more, base):
  the rows with their time left and due state, and the link to the next
  page (base: the page's path; the filters are carried along). ?><?cs
def:queue_filters(procs) ?>
  <div class="field">
    <label for="thu_tuc"><?cs var:Lang.Report.Proc ?></label>
    <select id="thu_tuc" name="thu_tuc">
      <option value=""><?cs var:Lang.Report.AllProcs ?></option><?cs each:p = procs ?>
      <option value="<?cs var:p.code ?>"<?cs if:Form.thu_tuc.Value == p.code ?> selected<?cs /if ?>><?cs var:p.code ?> – <?cs var:p.name ?></option><?cs /each ?>
    </select>
  </div>
  <div class="field">
    <label for="han"><?cs var:Lang.Report.Due ?></label>
    <select id="han" name="han">
      <option value=""><?cs var:Lang.Report.DueAny ?></option>
      <option value="dung-han"<?cs if:Form.han.Value == "dung-han" ?> selected<?cs /if ?>><?cs var:Lang.Report.DueOk ?></option>
      <option value="sap-het-han"<?cs if:Form.han.Value == "sap-het-han" ?> selected<?cs /if ?>><?cs var:Lang.Report.DueSoon ?></option>
      <option value="qua-han"<?cs if:Form.han.Value == "qua-han" ?> selected<?cs /if ?>><?cs var:Lang.Report.DueLate ?></option>
    </select>
  </div>
  <?cs call:input("q", Lang.Office.Search, "search", "off", 0, "", 100) ?>
<?cs /def ?><?cs
def:queue_table(rows, more, base) ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Code ?></th><th scope="col"><?cs var:Lang.Dossier.Applicant2 ?></th><th scope="col"><?cs var:Lang.Dossier.Procedure ?></th><th scope="col"><?cs var:Lang.Dossier.Status ?></th><th scope="col"><?cs var:Lang.Dossier.Submitted ?></th><th scope="col"><?cs var:Lang.Office.TimeLeft ?></th></tr></thead>
  <tbody><?cs each:d = rows ?>
  <tr class="queue-row<?cs if:d.due_state ?> due-<?cs var:d.due_state ?><?cs /if ?>" data-code="<?cs var:d.code ?>"><td><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a></td>
  <td><?cs var:d.applicant_name ?></td><td><?cs var:d.proc_name ?></td>
  <td><?cs call:dossier_status(d.status) ?><?cs if:d.supplemented == 1 ?> <span class="badge badge-part"><?cs var:Lang.Office.Supplemented ?></span><?cs /if ?><?cs if:d.paper_awaited == 1 ?> <span class="badge paper-awaited"><?cs var:Lang.Office.PaperAwaited ?></span><?cs /if ?><?cs if:d.wait_late == 1 ?> <span class="badge badge-late"><?cs var:Lang.Office.WaitLate ?></span><?cs /if ?></td>
  <td><?cs var:d.submitted ?></td>
  <td><?cs if:d.left_text ?><?cs if:d.left_kind == "handover" ?><?cs var:Lang.Office.HandoverLeft ?> <?cs /if ?><?cs if:d.late ?><span class="late"><?cs var:Lang.Office.Late ?> <?cs var:d.left_text ?></span><?cs else ?><?cs var:Lang.Office.Left ?> <?cs var:d.left_text ?><?cs /if ?><?cs if:d.due_state == "soon" ?> <span class="badge"><?cs var:Lang.Report.DueSoon ?></span><?cs /if ?><?cs call:due_marks(d) ?><?cs else ?><?cs var:Lang.Office.NotStarted ?><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div>
<?cs if:more ?><p><a class="button" rel="next" href="<?cs var:Req.BasePath ?><?cs var:base ?>?<?cs if:Form.trang_thai.Value ?>trang_thai=<?cs var:url_escape(Form.trang_thai.Value) ?>&amp;<?cs /if ?><?cs if:Form.thu_tuc.Value ?>thu_tuc=<?cs var:url_escape(Form.thu_tuc.Value) ?>&amp;<?cs /if ?><?cs if:Form.han.Value ?>han=<?cs var:url_escape(Form.han.Value) ?>&amp;<?cs /if ?><?cs if:Form.q.Value ?>q=<?cs var:url_escape(Form.q.Value) ?>&amp;<?cs /if ?>sau=<?cs var:url_escape(more) ?>"><?cs var:Lang.Report.More ?></a></p><?cs /if ?>
<?cs /def ?>
