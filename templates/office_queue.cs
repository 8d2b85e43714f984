<?cs include:"macros.cs" ?><?cs include:"queue.cs" ?><?cs set:Page.Title = Lang.Office.QueueTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Office.QueueTitle ?></h1>
<p><?cs var:Lang.Office.QueueLead ?></p>
<p><a class="button" href="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan/truc-tiep"><?cs var:Lang.Counter.Link ?></a></p>
<?cs # the list comes first; the filters fold away, open while one is in use ?><details class="filters-fold"<?cs if:Form.trang_thai.Value || Form.thu_tuc.Value || Form.han.Value || Form.q.Value ?> open<?cs /if ?>><summary><?cs var:Lang.Office.FilterFold ?></summary>
<form class="filters" method="get" action="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan">
  <div class="field">
    <label for="trang_thai"><?cs var:Lang.Dossier.Status ?></label>
    <select id="trang_thai" name="trang_thai">
      <option value=""><?cs var:Lang.Office.FilterTodo ?></option>
      <option value="moi"<?cs if:Form.trang_thai.Value == "moi" ?> selected<?cs /if ?>><?cs var:Lang.Dossier.St.1 ?></option>
      <option value="da-tiep-nhan"<?cs if:Form.trang_thai.Value == "da-tiep-nhan" ?> selected<?cs /if ?>><?cs var:Lang.Dossier.St.2 ?></option>
      <option value="cho-bo-sung"<?cs if:Form.trang_thai.Value == "cho-bo-sung" ?> selected<?cs /if ?>><?cs var:Lang.Dossier.St.5 ?></option>
      <option value="cho-ban-giay"<?cs if:Form.trang_thai.Value == "cho-ban-giay" ?> selected<?cs /if ?>><?cs var:Lang.Office.FilterPaper ?></option>
    </select>
  </div>
  <?cs call:queue_filters(QueueProcs) ?>
  <button type="submit"><?cs var:Lang.Office.Filter ?></button>
</form>
</details>
<?cs if:QueueCount == 0 ?><p><?cs var:Lang.Office.QueueEmpty ?></p><?cs else ?>
<?cs call:queue_table(Queue, QueueMore, "/can-bo/tiep-nhan") ?><?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/can-bo/so-theo-doi.csv?tu_ngay=<?cs var:Page.BookFrom ?>&amp;den_ngay=<?cs var:Page.BookTo ?>"><?cs var:Lang.Report.BookLink ?></a></p>
<?cs /def ?>
