<?cs # The dossier page's inter-agency opinions (office_dossier.cs includes
     it; pages/office_opinion.c office_opinion_data fills it): the
     requests, and the lead agency specialist's ask form. ?><?cs
if:subcount(Opinions) > 0 || Page.Can["xin-y-kien"] || Page.Failure == "opinion_status" || Page.Failure == "opinion_not_pending" ?>
<section class="opinions" id="y-kien" aria-labelledby="y-kien-tieu-de">
<h2 id="y-kien-tieu-de"><?cs var:Lang.Office.Opinion.ListTitle ?></h2>
<?cs if:Page.OpinionDone == "hoi" ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Office.Opinion.DoneAsked ?></p></div><?cs
elif:Page.OpinionDone == "rut" ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Office.Opinion.DoneWithdrawn ?></p></div><?cs /if ?><?cs
if:Page.Failure == "opinion_status" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Opinion.FailStatus ?></p></div><?cs
elif:Page.Failure == "opinion_twice" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Opinion.FailTwice ?></p></div><?cs
elif:Page.Failure == "opinion_agency" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Opinion.FailAgency ?></p></div><?cs
elif:Page.Failure == "opinion_input" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Opinion.FailInput ?></p></div><?cs
elif:Page.Failure == "opinion_reason" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Opinion.FailReason ?></p></div><?cs
elif:Page.Failure == "opinion_not_pending" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Opinion.FailNotPending ?></p></div><?cs /if ?>
<?cs if:subcount(Opinions) == 0 ?><p><?cs var:Lang.Office.Opinion.None ?></p><?cs else ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Office.Opinion.Agency ?></th><th scope="col"><?cs var:Lang.Office.Opinion.Question ?></th><th scope="col"><?cs var:Lang.Office.Opinion.Due ?></th><th scope="col"><?cs var:Lang.Office.Opinion.Status ?></th><th scope="col"><?cs var:Lang.Office.Opinion.Reply ?></th></tr></thead>
  <tbody><?cs each:o = Opinions ?>
  <tr class="opinion-row" id="y-kien-<?cs var:o.id ?>"><td><?cs var:o.agency_name ?></td>
  <td class="text"><?cs var:o.question ?><br><span class="opt"><?cs var:Lang.Office.Opinion.Asked ?> <?cs var:o.asked ?></span><?cs if:o.due_reason ?><br><span class="opt"><?cs var:Lang.Office.Opinion.DueReasonShown ?> <?cs var:o.due_reason ?></span><?cs /if ?></td>
  <td><?cs var:o.due ?><?cs if:o.left_text ?><br><?cs if:o.late ?><span class="late"><?cs var:Lang.Office.Late ?> <?cs var:o.left_text ?></span><?cs else ?><?cs var:Lang.Office.Left ?> <?cs var:o.left_text ?><?cs /if ?><?cs /if ?></td>
  <td><?cs var:Lang.Office.Opinion.St[o.status] ?><?cs
    if:o.status == "pending" && Page.Can["rut-y-kien"] ?>
    <form method="post" action="<?cs var:Req.BasePath ?>/can-bo/y-kien/<?cs var:o.id ?>/rut"><?cs call:csrf() ?><button type="submit" class="button-secondary"><?cs var:Lang.Office.Opinion.Withdraw ?><span class="visually-hidden"> – <?cs var:o.agency_name ?></span></button></form><?cs
    elif:Page.Consulted ?><br><a href="<?cs var:Req.BasePath ?>/can-bo/y-kien/<?cs var:o.id ?>"><?cs if:o.status == "pending" ?><?cs var:Lang.Office.Opinion.Open ?><?cs else ?><?cs var:Lang.Office.Opinion.View ?><?cs /if ?></a><?cs /if ?></td>
  <td class="text"><?cs if:o.status == "answered" ?><?cs var:o.reply ?><?cs if:o.has_file == 1 ?><br><a href="<?cs var:Req.BasePath ?>/can-bo/y-kien/<?cs var:o.id ?>/tep"><?cs var:Lang.Office.Opinion.ReplyFile ?>: <?cs var:o.reply_name ?></a> (<?cs call:file_size(o.reply_size) ?>)<?cs /if ?><br><span class="opt"><?cs var:Lang.Office.Opinion.Answered ?> <?cs var:o.answered ?></span><?cs if:o.answered_late == 1 ?> <span class="late">(<?cs var:Lang.Office.Opinion.AnsweredLate ?>)</span><?cs /if ?><?cs
    elif:o.status == "withdrawn" ?><span class="opt"><?cs var:Lang.Office.Opinion.WithdrawnAt ?> <?cs var:o.withdrawn ?></span><?cs else ?>–<?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs /if ?>
<?cs if:Page.Can["xin-y-kien"] ?><section class="action" id="xin-y-kien" aria-labelledby="xin-y-kien-tieu-de"><h3 id="xin-y-kien-tieu-de"><?cs var:Lang.Office.Opinion.AskTitle ?></h3>
<p><?cs var:Lang.Office.Opinion.AskLead ?></p><?cs
if:Opinion.Dossier.due ?>
<p id="han-ho-so"><?cs var:Lang.Office.Opinion.DossierDue ?> <strong><?cs var:Opinion.Dossier.due ?></strong>. <?cs
  if:Opinion.Dossier.fit > 0 ?><?cs var:Lang.Office.Opinion.FitDays ?> <strong><?cs var:Opinion.Dossier.fit ?></strong> <?cs var:Lang.Office.Opinion.FitDays2 ?><?cs
  else ?><?cs var:Lang.Office.Opinion.FitNone ?><?cs /if ?></p><?cs /if ?>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/xin-y-kien"><?cs call:csrf() ?>
<input type="hidden" name="ma_phieu" value="<?cs if:Form.ma_phieu.Value ?><?cs var:Form.ma_phieu.Value ?><?cs else ?><?cs var:Opinion.Token ?><?cs /if ?>">
<div class="field<?cs if:Form.co_quan.Error ?> has-error<?cs /if ?>"><label for="co_quan"><?cs var:Lang.Office.Opinion.Agency ?> <span class="req" aria-hidden="true">*</span></label><?cs call:field_error("co_quan") ?>
<select id="co_quan" name="co_quan" required<?cs call:field_describedby("co_quan", "") ?>><option value=""><?cs var:Lang.Office.Opinion.ChooseAgency ?></option><?cs
set:Page.OpinionCoord = 0 ?><?cs each:a = OpinionAgencies ?><?cs if:a.coordinating == 1 ?><?cs set:Page.OpinionCoord = 1 ?><?cs /if ?><?cs /each ?><?cs
if:Page.OpinionCoord == 1 ?><optgroup label="<?cs var:Lang.Office.Opinion.Coordinating ?>"><?cs each:a = OpinionAgencies ?><?cs if:a.coordinating == 1 ?><option value="<?cs var:a.code ?>"<?cs if:Form.co_quan.Value == a.code ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /if ?><?cs /each ?></optgroup><?cs /if ?>
<optgroup label="<?cs var:Lang.Office.Opinion.Others ?>"><?cs each:a = OpinionAgencies ?><?cs if:a.coordinating != 1 ?><option value="<?cs var:a.code ?>"<?cs if:Form.co_quan.Value == a.code ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /if ?><?cs /each ?></optgroup>
</select></div>
<div class="field<?cs if:Form.so_ngay.Error ?> has-error<?cs /if ?>"><label for="so_ngay"><?cs var:Lang.Office.Opinion.Days ?> <span class="req" aria-hidden="true">*</span></label>
<p class="hint" id="so_ngay-gy"><?cs var:Lang.Office.Opinion.DaysHint ?></p><?cs call:field_error("so_ngay") ?>
<input type="number" id="so_ngay" name="so_ngay" min="1" max="60" required value="<?cs if:Form.so_ngay.Value ?><?cs var:Form.so_ngay.Value ?><?cs else ?><?cs var:Opinion.Days ?><?cs /if ?>"<?cs call:field_describedby("so_ngay", Lang.Office.Opinion.DaysHint) ?>></div>
<?cs call:textarea("cau_hoi", Lang.Office.Opinion.Question, 1, Lang.Office.Opinion.QuestionHint, 2000) ?>
<?cs if:Opinion.Dossier.due || Form.ly_do_han.Error ?><?cs call:textarea("ly_do_han", Lang.Office.Opinion.DueReason, 0, Lang.Office.Opinion.DueReasonHint, 2000) ?><?cs /if ?>
<button type="submit"><?cs var:Lang.Office.Opinion.Ask ?></button></form></section><?cs /if ?>
</section><?cs /if ?>
