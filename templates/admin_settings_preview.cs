<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Org.PreviewTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Org.PreviewTitle ?></h1>
<p><?cs if:Change.Remove == "1" ?><?cs var:Lang.Admin.Org.PreviewRemove ?><?cs elif:Change.Kind == "workday" ?><?cs var:Lang.Admin.Org.PreviewWorkday ?><?cs else ?><?cs var:Lang.Admin.Org.PreviewHoliday ?><?cs /if ?>
  <strong><?cs var:Change.Weekday ?> <?cs var:Change.Day ?></strong><?cs if:Change.Remove != "1" ?>: <?cs var:Change.Name ?><?cs /if ?>.</p>
<?cs if:Change.Replaces == "1" && Change.Remove != "1" ?><p><?cs var:Lang.Admin.Org.PreviewReplaces ?> <?cs var:Change.OldName ?>.</p><?cs /if ?>
<div class="alert <?cs if:Change.Affected > 0 ?>alert-warn<?cs else ?>alert-ok<?cs /if ?>" role="status">
  <p id="so-ho-so"><?cs if:Change.Affected > 0 ?><?cs var:Change.Affected ?> <?cs var:Lang.Admin.Org.PreviewAffected ?><?cs else ?><?cs var:Lang.Admin.Org.PreviewNone ?><?cs /if ?></p>
  <p><?cs var:Lang.Admin.Org.PreviewKept ?></p>
</div>
<?cs if:subcount(Affected) > 0 ?>
<div class="table-wrap"><table>
  <caption><?cs var:Lang.Admin.Org.PreviewTable ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Code ?></th><th scope="col"><?cs var:Lang.Acct.Agency ?></th><th scope="col"><?cs var:Lang.Admin.Org.ProcCode ?></th><th scope="col"><?cs var:Lang.Admin.Org.Received ?></th><th scope="col"><?cs var:Lang.Admin.Org.Due ?></th></tr></thead>
  <tbody><?cs each:a = Affected ?>
  <tr><td><?cs var:a.code ?></td><td><?cs var:a.agency_name ?></td><td><?cs var:a.proc_code ?></td><td><?cs var:a.received ?></td><td><?cs var:a.due ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs if:Change.Affected > subcount(Affected) ?><p><?cs var:Lang.Admin.Org.PreviewMore ?></p><?cs /if ?><?cs /if ?>
<form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/lich/luu">
  <?cs call:csrf() ?>
  <input type="hidden" name="ngay" value="<?cs var:Form.ngay.Value ?>"><?cs if:Change.Remove == "1" ?>
  <input type="hidden" name="xoa" value="1"><?cs else ?>
  <input type="hidden" name="loai_ngay" value="<?cs var:Form.loai_ngay.Value ?>">
  <input type="hidden" name="ten_ngay" value="<?cs var:Form.ten_ngay.Value ?>"><?cs /if ?>
  <p><button type="submit" class="button<?cs if:Change.Remove == "1" ?> button-danger<?cs /if ?>"><?cs if:Change.Remove == "1" ?><?cs var:Lang.Admin.Org.SaveRemove ?><?cs else ?><?cs var:Lang.Admin.Org.SaveAdd ?><?cs /if ?></button></p>
</form>
<p><a href="<?cs var:Req.BasePath ?>/quan-tri/lich?nam=<?cs var:Change.Year ?>"><?cs var:Lang.Admin.Org.Cancel ?></a></p>
<?cs /def ?>
