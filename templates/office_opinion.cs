<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Office.Opinion.ViewTitle + " " + Opinion.code ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/can-bo/y-kien"><?cs var:Lang.Office.Opinion.QueueTitle ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Office.Opinion.ViewTitle ?> <?cs var:Opinion.code ?></h1>
<?cs if:Page.Failure == "not_pending" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Opinion.FailNotPending ?></p></div><?cs
elif:Page.Failure == "input" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Opinion.FailReply ?></p></div><?cs
elif:Page.Failure == "file" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang[Page.Refused] ?></p></div><?cs
elif:Page.Done ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Office.Opinion.DoneAnswered ?></p></div><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Office.Opinion.Status ?></dt><dd id="trang-thai-y-kien"><?cs var:Lang.Office.Opinion.St[Opinion.status] ?></dd>
  <dt><?cs var:Lang.Office.Opinion.LeadAgency ?></dt><dd><?cs var:Opinion.lead_name ?></dd>
  <dt><?cs var:Lang.Office.Opinion.Agency ?></dt><dd><?cs var:Opinion.agency_name ?></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Opinion.proc_code ?> – <?cs var:Opinion.proc_name ?></dd>
  <dt><?cs var:Lang.Office.Opinion.Asked ?></dt><dd><?cs var:Opinion.asked ?></dd>
<?cs if:Opinion.due_reason ?>  <dt><?cs var:Lang.Office.Opinion.DueReason ?></dt><dd id="ly-do-han"><?cs var:Opinion.due_reason ?></dd>
<?cs /if ?>  <dt><?cs var:Lang.Office.Opinion.Due ?></dt><dd><?cs var:Opinion.due ?><?cs if:Opinion.left_text ?> (<?cs if:Opinion.late ?><span class="late"><?cs var:Lang.Office.Late ?> <?cs var:Opinion.left_text ?></span><?cs else ?><?cs var:Lang.Office.Left ?> <?cs var:Opinion.left_text ?><?cs /if ?>)<?cs /if ?></dd>
</dl>
<?cs if:Opinion.due_explain ?><details><summary><?cs var:Lang.Office.HowDue ?></summary><p class="explain"><?cs var:Opinion.due_explain ?></p></details><?cs /if ?>
<h2><?cs var:Lang.Office.Opinion.Question ?></h2>
<p class="text" id="cau-hoi"><?cs var:Opinion.question ?></p>
<?cs if:Opinion.status == "answered" ?><h2><?cs var:Lang.Office.Opinion.Reply ?></h2>
<p class="text" id="tra-loi-da-gui"><?cs var:Opinion.reply ?></p>
<?cs if:Opinion.has_file == 1 ?><p><a href="<?cs var:Req.BasePath ?>/can-bo/y-kien/<?cs var:Opinion.id ?>/tep"><?cs var:Lang.Office.Opinion.ReplyFile ?>: <?cs var:Opinion.reply_name ?></a> (<?cs call:file_size(Opinion.reply_size) ?>)</p><?cs /if ?>
<p><?cs var:Lang.Office.Opinion.Answered ?> <?cs var:Opinion.answered ?><?cs if:Opinion.answered_late == 1 ?> <span class="late">(<?cs var:Lang.Office.Opinion.AnsweredLate ?>)</span><?cs /if ?></p><?cs
elif:Opinion.status == "withdrawn" ?><p><?cs var:Lang.Office.Opinion.WithdrawnAt ?> <?cs var:Opinion.withdrawn ?></p><?cs /if ?>

<?cs if:Page.CanAnswer ?><section class="action" id="tra-loi" aria-labelledby="tra-loi-tieu-de"><h2 id="tra-loi-tieu-de"><?cs var:Lang.Office.Opinion.AnswerTitle ?></h2>
<form method="post" enctype="multipart/form-data" action="<?cs var:Req.BasePath ?>/can-bo/y-kien/<?cs var:Opinion.id ?>/tra-loi"><?cs call:csrf() ?>
<?cs call:textarea("tra_loi", Lang.Office.Opinion.Reply, 1, Lang.Office.Opinion.ReplyHint, 4000) ?>
<div class="field"><label for="tep"><?cs var:Lang.Office.Opinion.FileLabel ?></label>
<p class="hint" id="tep-gy"><?cs var:Lang.Office.Opinion.FileHint ?></p>
<input type="file" id="tep" name="tep" accept=".pdf,.jpg,.jpeg,.png,.tif,.tiff,application/pdf,image/jpeg,image/png,image/tiff" aria-describedby="tep-gy"></div>
<button type="submit"><?cs var:Lang.Office.Opinion.AnswerButton ?></button></form></section><?cs /if ?>
<?cs if:Page.CanWithdraw ?><form method="post" action="<?cs var:Req.BasePath ?>/can-bo/y-kien/<?cs var:Opinion.id ?>/rut"><?cs call:csrf() ?><button type="submit" class="button-secondary"><?cs var:Lang.Office.Opinion.Withdraw ?></button></form><?cs /if ?>

<h2><?cs var:Lang.Office.Opinion.DossierTitle ?></h2>
<?cs if:Page.Readable ?><p><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Opinion.code) ?>"><?cs var:Lang.Office.Opinion.DossierLink ?> <?cs var:Opinion.code ?></a></p>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Status ?></dt><dd><?cs call:dossier_status(Dossier.D.status) ?></dd>
  <?cs if:Dossier.D.case_name ?><dt><?cs var:Lang.Dossier.Case ?></dt><dd><?cs var:Dossier.D.case_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:Dossier.D.submitted ?></dd>
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Dossier.D.applicant_name ?></dd>
  <dt><?cs var:Lang.Field.dia_chi ?></dt><dd><?cs var:Dossier.D.applicant_address ?></dd>
</dl>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Docs ?></th><th scope="col"><?cs var:Lang.Dossier.Files ?></th></tr></thead>
  <tbody><?cs each:d = Dossier.Docs ?>
  <tr><td><?cs var:name(d) + 1 ?>. <?cs var:d.name ?></td>
  <td><?cs if:d.nfiles == 0 ?><?cs var:Lang.Dossier.DocMissing ?><?cs else ?><ul class="files"><?cs each:f = d.Files ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/tep/<?cs var:f.id ?>" target="_blank" rel="noopener noreferrer"><?cs var:f.name ?></a> (<?cs call:file_size(f.size) ?>)</li><?cs /each ?></ul><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs else ?><p><?cs var:Lang.Office.Opinion.NotReadable ?></p><?cs /if ?>
<?cs /def ?>
