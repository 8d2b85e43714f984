<?cs include:"macros.cs" ?><?cs include:"payment_parts.cs" ?><?cs set:Page.Title = Lang.Dossier.ViewTitle + " " + Dossier.D.code ?><?cs
def:ext_limits(x) ?><?cs var:Lang.Office.ExtCount ?> <?cs var:x.count ?> <?cs var:Lang.Office.ExtOf ?> <?cs var:x.max ?> <?cs var:Lang.Office.ExtTimes ?>, <?cs var:Lang.Office.ExtUsed ?> <?cs var:x.used ?> <?cs var:Lang.Office.ExtDays ?>. <?cs var:Lang.Office.ExtLimit ?> <?cs var:x.limit ?>.<?cs if:x.waiver == 1 ?> <?cs var:Lang.Office.ExtWaiver ?><?cs /if ?><?cs
/def ?><?cs
def:ext_why(w) ?><?cs
  if:w == "extension_max" ?><?cs var:Lang.Office.Why.extension_max ?> <?cs var:Ext.count ?> <?cs var:Lang.Office.Why.extension_max2 ?><?cs
  elif:w == "extension_long" ?><?cs var:Lang.Office.Why.extension_long ?> (<?cs var:Ext.limit ?>). <?cs var:Lang.Office.Why.extension_long2 ?> <?cs var:Ext.room ?> <?cs var:Lang.Office.ExtDays ?>.<?cs
  else ?><?cs var:Lang.Office.Why[w] ?><?cs /if ?><?cs
/def ?><?cs
def:confirm_box(slug, name) ?><?cs
  if:Page.Confirm[slug] ?>
<div class="field check confirm<?cs if:Page.Failure == "confirm" && Page.Action == slug ?> has-error<?cs /if ?>"><?cs if:Page.Failure == "confirm" && Page.Action == slug ?><p class="field-error" id="xac_nhan_<?cs var:slug ?>-loi"><span class="visually-hidden"><?cs var:Lang.Form.ErrorPrefix ?> </span><?cs var:Lang.Office.NeedConfirm ?></p><?cs /if ?>
<input type="checkbox" id="xac_nhan_<?cs var:slug ?>" name="xac_nhan" value="1"<?cs if:Page.Failure == "confirm" && Page.Action == slug ?> aria-invalid="true" aria-describedby="xac_nhan_<?cs var:slug ?>-loi"<?cs /if ?>><label for="xac_nhan_<?cs var:slug ?>"><?cs var:Lang.Office.Confirm[name] ?></label></div><?cs
  /if ?><?cs
/def ?><?cs
def:button_class(slug) ?><?cs if:Page.Confirm[slug] ?> class="button-secondary"<?cs /if ?><?cs /def ?><?cs
def:reason_action(a) ?><section class="action" id="<?cs var:a.slug ?>"><h2><?cs var:Lang.Office.Do[a.name] ?></h2><?cs if:a.hint ?>
<p><?cs var:a.hint ?></p><?cs /if ?><?cs
if:a.slug == "mien-phi" && subcount(Pay.Exempt) ?><p><?cs var:Lang.Cat.Exempt ?>:</p><ul id="doi-tuong-mien-phi"><?cs each:x = Pay.Exempt ?><li><?cs var:x.text ?></li><?cs /each ?></ul><?cs /if ?>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/<?cs var:a.slug ?>"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<div class="field"><label for="ly_do_<?cs var:a.slug ?>"><?cs var:a.label ?> <span class="req" aria-hidden="true">*</span></label><textarea id="ly_do_<?cs var:a.slug ?>" name="ly_do" rows="3" maxlength="2000" required><?cs if:Page.Action == a.slug ?><?cs var:Form.ly_do.Value ?><?cs /if ?></textarea></div><?cs call:confirm_box(a.slug, a.name) ?>
<button type="submit"<?cs call:button_class(a.slug) ?>><?cs var:Lang.Office.Do[a.name] ?></button></form></section><?cs
/def ?><?cs
def:plain_action(a) ?><section class="action" id="<?cs var:a.slug ?>"><h2><?cs var:Lang.Office.Do[a.name] ?></h2>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/<?cs var:a.slug ?>"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>"><?cs call:confirm_box(a.slug, a.name) ?>
<button type="submit"<?cs call:button_class(a.slug) ?>><?cs var:Lang.Office.Do[a.name] ?></button></form></section><?cs
/def ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/can-bo"><?cs var:Lang.Staff.HomeTitle ?></a></li><?cs
  # the list of the person's own role (the queue is reception's only) ?><?cs
  if:Menu.Role.reception ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan"><?cs var:Lang.Office.QueueTitle ?></a></li><?cs
  elif:Menu.Role.specialist ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/xu-ly"><?cs var:Lang.Office.Work.specialist.Title ?></a></li><?cs
  elif:Menu.Role.leader ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/phe-duyet"><?cs var:Lang.Office.Work.leader.Title ?></a></li><?cs /if ?></ol>
</nav>
<h1><?cs var:Lang.Dossier.ViewTitle ?> <?cs var:Dossier.D.code ?></h1>
<?cs if:Page.Failure == "status" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.WrongStatus ?> <?cs call:dossier_status(Dossier.D.status) ?>. <?cs var:Lang.Office.WrongStatus2 ?></p></div><?cs
elif:Page.Failure == "paper" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Paper.ReturnWaits ?></p></div><?cs
elif:Page.Failure == "payment" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="cho-nop-phi"><p><?cs var:Lang.Office.PayWaits ?></p></div><?cs
elif:Page.Failure == "step" && Page.Action == "da-nhan-ban-giay" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Paper.NotAwaited ?></p></div><?cs
elif:Page.Failure == "step" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.WrongStep ?></p></div><?cs
elif:Page.Failure == "conflict" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.Conflict ?></p></div><?cs
elif:Page.Failure == "confirm" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><a href="#xac_nhan_<?cs var:Page.Action ?>"><?cs var:Lang.Office.NeedConfirm ?></a></p></div><?cs
elif:Page.Failure == "reason" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.NeedReason ?></p></div><?cs
elif:Page.Failure == "why" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="loi-gia-han"><p><?cs call:ext_why(Page.Why) ?></p></div><?cs
elif:Page.Failure == "input" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.BadInput ?></p></div><?cs
elif:Page.Done ?><div class="alert alert-ok" role="status" id="da-thuc-hien"><p><?cs if:Page.DoneAction ?><?cs var:Lang.Office.DoneStep ?> <strong><?cs var:Lang.Office.Do[Page.DoneAction] ?></strong>.<?cs
  each:n = Notices ?><?cs if:n.id == Page.DoneNotice ?> <?cs var:Lang.Office.DoneNotice ?> <a href="<?cs var:Req.BasePath ?>/can-bo/thong-bao/<?cs var:n.id ?>"><?cs var:n.title ?> <?cs var:Lang.Office.DoneNumber ?> <?cs var:n.number ?>/<?cs var:n.year ?><?cs if:n.form ?>/<?cs var:n.form ?><?cs /if ?></a>.<?cs /if ?><?cs /each ?><?cs
  else ?><?cs var:Lang.Office.Done ?><?cs /if ?></p></div><?cs /if ?>
<?cs if:Query["cho-tiep-nhan"] && Dossier.D.status == 1 ?><div class="alert alert-warn" role="status" id="cho-tiep-nhan"><p><?cs var:Lang.Counter.AcceptWaits ?></p></div><?cs /if ?>
<?cs if:Dossier.D.channel != "online" && !Dossier.D.owner_id && !Dossier.D.applicant_email ?><div class="alert alert-warn" role="status" id="in-thong-bao"><p><?cs var:Lang.Counter.PrintNotices ?></p></div><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Status ?></dt><dd id="trang-thai"><?cs call:dossier_status(Dossier.D.status) ?></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
  <?cs if:Dossier.D.case_name ?><dt><?cs var:Lang.Dossier.Case ?></dt><dd><?cs var:Dossier.D.case_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:Dossier.D.submitted ?></dd>
  <?cs if:Dossier.D.channel != "online" ?><dt><?cs var:Lang.Counter.ChannelLabel ?></dt><dd id="hinh-thuc-nop"><?cs if:Dossier.D.channel == "post" ?><?cs var:Lang.Counter.ChPost ?><?cs else ?><?cs var:Lang.Counter.ChCounter ?><?cs /if ?><?cs if:!Dossier.D.owner_id ?> (<?cs var:Lang.Counter.NoAccount ?>)<?cs /if ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Dossier.D.applicant_name ?></dd>
  <dt><?cs var:Lang.Field.so_dinh_danh ?></dt><dd><?cs var:Dossier.D.applicant_id_number ?></dd>
  <dt><?cs var:Lang.Field.dien_thoai ?></dt><dd><?cs var:Dossier.D.applicant_phone ?></dd>
  <dt><?cs var:Lang.Field.dia_chi ?></dt><dd><?cs var:Dossier.D.applicant_address ?></dd>
  <dt><?cs var:Lang.Office.Clock ?></dt><dd id="dong-ho"><?cs call:clock_text(Clock) ?><?cs if:Checks.provisional ?> <span class="badge badge-warn" id="han-tam-tinh"><?cs var:Lang.Office.Provisional ?></span><?cs /if ?></dd>
  <?cs call:due_facts(Clock) ?>
  <?cs if:Clock.handover_due ?><dt><?cs var:Lang.Office.Handover ?></dt><dd><?cs var:Lang.Office.HandoverBy ?> <?cs var:Clock.handover_due ?><?cs if:Clock.handed_over ?>; <?cs var:Lang.Office.HandedOver ?> <?cs var:Clock.handed_over ?><?cs /if ?><?cs if:Clock.handover_late ?> <span class="late"><?cs var:Lang.Office.HandoverLate ?></span><?cs /if ?></dd><?cs /if ?>
</dl>
<p class="no-print"><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/phieu-kiem-soat"><?cs var:Lang.Report.SheetLink ?></a></p>
<?cs if:Clock.explain ?><details><summary><?cs var:Lang.Office.HowDue ?></summary><p class="explain"><?cs var:Clock.explain ?></p></details><?cs /if ?><?cs
# the agency's internal process on the dossier's channel (Article 13.3) ?><?cs
if:Process.count > 0 ?><details id="quy-trinh-noi-bo"><summary><?cs var:Lang.Office.ProcessTitle ?> <?cs var:Lang.Admin.Cat.ChannelLower[Process.channel] ?>: <?cs var:Process.count ?> <?cs var:Lang.Office.ProcessSteps ?>, <?cs var:Process.hours ?> <?cs var:Lang.Office.ProcessHours ?></summary>
<div class="table-wrap"><table class="stack">
  <thead><tr><th scope="col"><?cs var:Lang.Cat.ProcessStep ?></th><th scope="col"><?cs var:Lang.Cat.ProcessRole ?></th><th scope="col"><?cs var:Lang.Cat.ProcessUnit ?></th><th scope="col"><?cs var:Lang.Cat.ProcessHours ?></th></tr></thead>
  <tbody><?cs each:s = Process.Steps ?><tr><td><?cs var:s.step ?></td><td data-label="<?cs var:Lang.Cat.ProcessRole ?>"><?cs call:role(s.role) ?></td><td data-label="<?cs var:Lang.Cat.ProcessUnit ?>"><?cs var:s.unit ?></td><td data-label="<?cs var:Lang.Cat.ProcessHours ?>"><?cs var:s.hours ?></td></tr><?cs /each ?></tbody>
</table></div></details><?cs /if ?>
<?cs include:"office_dossier_paper.cs" ?>
<?cs call:pay_facts(Pay, Dossier.D.code) ?><?cs
if:Page.WaitsPayAny ?><p class="alert alert-warn" id="buoc-cho-phi"><?cs var:Lang.Office.PayWaitsShort ?></p><?cs /if ?><?cs
if:Page.Can["thu-phi"] ?><section class="action" id="thu-phi"><h2><?cs var:Lang.Office.Do.pay_counter ?></h2>
<p><?cs var:Lang.Office.PayHint ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/thu-phi" novalidate><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<div class="field<?cs if:Form.so_tien.Error ?> has-error<?cs /if ?>">
  <label for="so_tien"><?cs var:Lang.Field.so_tien ?> <span class="req" aria-hidden="true">*</span></label>
  <p class="hint" id="so_tien-gy"><?cs var:Lang.Office.PayAmountHint ?></p>
  <?cs call:field_error("so_tien") ?>
  <input id="so_tien" name="so_tien" type="text" inputmode="numeric" maxlength="13" value="<?cs if:Page.Action == "thu-phi" ?><?cs var:Form.so_tien.Value ?><?cs else ?><?cs var:Pay.total_raw ?><?cs /if ?>" required<?cs call:field_describedby("so_tien", 1) ?>>
</div>
<div class="field<?cs if:Form.so_bien_lai.Error ?> has-error<?cs /if ?>">
  <label for="so_bien_lai"><?cs var:Lang.Field.so_bien_lai ?> <span class="req" aria-hidden="true">*</span></label>
  <?cs call:field_error("so_bien_lai") ?>
  <input id="so_bien_lai" name="so_bien_lai" type="text" maxlength="40" value="<?cs if:Page.Action == "thu-phi" ?><?cs var:Form.so_bien_lai.Value ?><?cs /if ?>" required<?cs call:field_describedby("so_bien_lai", 0) ?>>
</div>
<fieldset class="field<?cs if:Form.hinh_thuc.Error ?> has-error<?cs /if ?>" id="hinh_thuc_nop"><legend><?cs var:Lang.Field.hinh_thuc_nop ?> <span class="req" aria-hidden="true">*</span></legend>
  <?cs call:field_error("hinh_thuc") ?><?cs each:m = Lang.Pay.Means ?>
  <div class="check"><input type="radio" id="nop_<?cs name:m ?>" name="hinh_thuc" value="<?cs name:m ?>"<?cs if:(Page.Action == "thu-phi" && Form.hinh_thuc.Value == name(m)) || (Page.Action != "thu-phi" && name(m) == "cash") ?> checked<?cs /if ?>><label for="nop_<?cs name:m ?>"><?cs var:m ?></label></div><?cs /each ?>
</fieldset>
<div class="field"><label for="ly_do_thu_phi"><?cs var:Lang.Pay.DiffReason ?></label><textarea id="ly_do_thu_phi" name="ly_do" rows="2" maxlength="500"><?cs if:Page.Action == "thu-phi" ?><?cs var:Form.ly_do.Value ?><?cs /if ?></textarea></div>
<button type="submit"><?cs var:Lang.Office.Do.pay_counter ?></button></form></section><?cs /if ?>
<?cs if:Page.Can["hoan-phi"] ?><section class="action" id="hoan-phi"><h2><?cs var:Lang.Office.Do.refund ?></h2>
<p><?cs var:Lang.Office.RefundHint ?></p>
<p id="tai-khoan-hoan"><?cs if:Pay.refund_account ?><?cs var:Lang.Pay.RefundTo ?>: <?cs var:Pay.refund_account ?> <?cs var:Lang.Pay.AccountAt ?> <?cs var:Pay.refund_bank ?>, <?cs var:Lang.Pay.AccountHolder ?> <?cs var:Pay.refund_holder ?>.<?cs else ?><?cs var:Lang.Office.RefundNoAccount ?><?cs /if ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/hoan-phi" novalidate><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<div class="field<?cs if:Form.ngay_hoan.Error ?> has-error<?cs /if ?>">
  <label for="ngay_hoan"><?cs var:Lang.Field.ngay_hoan ?> <span class="req" aria-hidden="true">*</span></label>
  <?cs call:field_error("ngay_hoan") ?>
  <input id="ngay_hoan" name="ngay_hoan" type="date" value="<?cs if:Page.Action == "hoan-phi" ?><?cs var:Form.ngay_hoan.Value ?><?cs /if ?>" required<?cs call:field_describedby("ngay_hoan", 0) ?>>
</div>
<div class="field<?cs if:Form.so_chung_tu.Error ?> has-error<?cs /if ?>">
  <label for="so_chung_tu"><?cs var:Lang.Field.so_chung_tu ?> <span class="req" aria-hidden="true">*</span></label>
  <p class="hint" id="so_chung_tu-gy"><?cs var:Lang.Office.RefundRefHint ?></p>
  <?cs call:field_error("so_chung_tu") ?>
  <input id="so_chung_tu" name="so_chung_tu" type="text" maxlength="60" value="<?cs if:Page.Action == "hoan-phi" ?><?cs var:Form.so_chung_tu.Value ?><?cs /if ?>" required<?cs call:field_describedby("so_chung_tu", 1) ?>>
</div>
<button type="submit"><?cs var:Lang.Office.Do.refund ?></button></form></section><?cs /if ?>
<?cs if:Checks.provisional ?><p class="alert alert-warn" id="tam-tinh"><?cs var:Lang.Office.ProvisionalHint ?></p><?cs /if ?>
<?cs if:subcount(Checks.Changes) > 0 ?><section class="alert alert-warn" id="lich-thay-doi" aria-labelledby="lich-thay-doi-tieu-de"><h2 id="lich-thay-doi-tieu-de"><?cs var:Lang.Office.CalChanged ?></h2>
<p><?cs var:Lang.Office.CalChangedLead ?></p>
<ul><?cs each:c = Checks.Changes ?><li><?cs var:c.day ?>: <?cs var:Lang.Office.CalChange[c.kind] ?><?cs if:c.kind == "add" && c.day_kind ?> (<?cs var:Lang.Office.CalDayKind[c.day_kind] ?><?cs if:c.name ?>: <?cs var:c.name ?><?cs /if ?>)<?cs /if ?>, <?cs var:Lang.Office.CalChangedAt ?> <?cs var:c.at ?></li><?cs /each ?></ul></section><?cs /if ?>
<?cs if:Checks.wait_late ?><p class="alert alert-error" id="cho-tiep-nhan-qua-han"><strong><?cs var:Lang.Office.WaitLate ?></strong>: <?cs var:Lang.Office.WaitLateText ?> <?cs var:Checks.wait_hours ?> <?cs var:Lang.Office.WaitLateText2 ?> <?cs var:Checks.wait_due ?>.<?cs if:Checks.wait_alerted ?> <?cs var:Lang.Office.WaitAlerted ?> <?cs var:Checks.wait_alerted ?>.<?cs /if ?></p><?cs /if ?>

<h2 id="kiem-tra"><?cs var:Lang.Office.Docs ?></h2>
<p><?cs var:Lang.Office.ViewHint ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/kiem-tra">
<?cs call:csrf() ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Docs ?></th><th scope="col"><?cs var:Lang.Dossier.Files ?></th><th scope="col"><?cs var:Lang.Office.Valid ?></th></tr></thead>
  <tbody><?cs each:d = Dossier.Docs ?>
  <tr><td><?cs var:name(d) + 1 ?>. <?cs var:d.name ?><?cs if:d.required == 1 ?> <span class="opt">(<?cs var:Lang.Dossier.DocRequired ?>)</span><?cs /if ?><?cs if:d.supplement == 1 ?> <span class="badge badge-part"><?cs var:Lang.Office.Requested ?></span><?cs /if ?></td>
  <td><?cs if:d.nfiles == 0 ?><?cs var:Lang.Dossier.DocMissing ?><?cs else ?><ul class="files"><?cs each:f = d.Files ?><li><a href="<?cs var:Req.BasePath ?>/can-bo/tep/<?cs var:f.id ?>" target="_blank" rel="noopener noreferrer"><?cs var:f.name ?></a> (<?cs call:file_size(f.size) ?>; <?cs call:signature(f) ?>)</li><?cs /each ?></ul><?cs /if ?></td>
  <td><input type="checkbox" id="hop_le_<?cs var:d.id ?>" name="hop_le_<?cs var:d.id ?>" value="1"<?cs if:d.checked == "1" ?> checked<?cs /if ?>><label for="hop_le_<?cs var:d.id ?>"><?cs var:Lang.Office.ValidShort ?></label><?cs if:d.checked == "0" ?> <span class="badge badge-part"><?cs var:Lang.Office.NotValid ?></span><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div>
<?cs call:gone_files(Dossier.Docs, "/can-bo/tep/") ?>
<?cs if:Page.Can["tiep-nhan"] ?><button type="submit" class="button-secondary"><?cs var:Lang.Office.SaveCheck ?></button><?cs /if ?>
</form>

<?cs if:Page.Can["tiep-nhan"] ?><section class="action" id="tiep-nhan"><h2><?cs var:Lang.Office.Do.accept ?></h2>
<p><?cs var:Lang.Office.AcceptHint ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/tiep-nhan"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<button type="submit"><?cs var:Lang.Office.Do.accept ?></button></form></section><?cs /if ?>

<?cs if:Page.Can["yeu-cau-bo-sung"] ?><section class="action" id="yeu-cau-bo-sung"><h2><?cs var:Lang.Office.Do.supplement_request ?></h2>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/yeu-cau-bo-sung"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<fieldset><legend><?cs var:Lang.Office.WhichDocs ?></legend><?cs each:d = Dossier.Docs ?>
<div class="check"><input type="checkbox" id="bo_sung_<?cs var:d.id ?>" name="bo_sung_<?cs var:d.id ?>" value="1"><label for="bo_sung_<?cs var:d.id ?>"><?cs var:name(d) + 1 ?>. <?cs var:d.name ?></label></div><?cs /each ?>
</fieldset>
<div class="field"><label for="ly_do_bs"><?cs var:Lang.Office.Label.supplement_request ?></label><p class="hint" id="ly_do_bs-gy"><?cs var:Lang.Office.Hint.supplement_request ?></p><textarea id="ly_do_bs" name="ly_do" rows="4" maxlength="2000" aria-describedby="ly_do_bs-gy"></textarea></div>
<button type="submit"><?cs var:Lang.Office.Do.supplement_request ?></button></form></section><?cs /if ?>

<?cs # the refusal sits apart, with the other steps that end a dossier ?>

<?cs if:Page.Can["chuyen-xu-ly"] ?><section class="action" id="chuyen-xu-ly"><h2><?cs var:Lang.Office.Do.forward ?></h2>
<p><?cs var:Lang.Office.ForwardHint ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/chuyen-xu-ly"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<button type="submit"><?cs var:Lang.Office.Do.forward ?></button></form></section><?cs /if ?>

<?cs if:Dossier.D.proposal_action ?><section class="proposal" id="de-xuat"><h2><?cs var:Lang.Office.ProposalTitle ?></h2>
<p><?cs var:Lang.Office.Proposal[Dossier.D.proposal_action] ?><?cs if:Proposal.reason ?>: <?cs var:Proposal.reason ?><?cs /if ?></p><?cs
if:Ext.asked ?><p id="gia-han-de-xuat"><?cs var:Lang.Office.ExtAsked ?> <strong><?cs var:Ext.asked ?> <?cs var:Lang.Office.ExtDays ?></strong>.</p><?cs /if ?><?cs /if ?><?cs
if:Dossier.D.proposal_action || Dossier.D.status == 9 || Dossier.D.status == 10 ?><?cs if:Dossier.D.result_file_id ?><p><?cs var:Lang.Office.ResultFile ?>: <a href="<?cs var:Req.BasePath ?>/can-bo/tep/<?cs var:Dossier.D.result_file_id ?>" target="_blank" rel="noopener noreferrer"><?cs var:Dossier.D.result_name ?></a></p><?cs /if ?><?cs /if ?><?cs
if:Dossier.D.proposal_action ?></section><?cs /if ?>
<?cs if:Dossier.D.return_method ?><p id="tra-ket-qua-info"><?cs var:Lang.Office.ReturnedBy ?> <?cs var:Lang.Office.Method[Dossier.D.return_method] ?><?cs if:Dossier.D.post_tracking ?> (<?cs var:Lang.Office.Tracking ?> <?cs var:Dossier.D.post_tracking ?>)<?cs /if ?><?cs if:Dossier.D.collected ?>; <?cs var:Lang.Office.Collected ?> <?cs var:Dossier.D.collected ?><?cs /if ?></p><?cs /if ?>
<?cs if:Dossier.D.refund_due == 1 ?><p class="alert alert-warn" id="hoan-tra"><?cs var:Lang.Office.RefundDue ?></p><?cs /if ?>
<?cs if:Page.Failure == "file" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang[Page.Refused] ?></p></div><?cs /if ?>

<?cs if:Page.Can["de-xuat-ket-qua"] ?><section class="action" id="de-xuat-ket-qua"><h2><?cs var:Lang.Office.Do.propose_result ?></h2>
<form method="post" enctype="multipart/form-data" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/de-xuat-ket-qua"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<div class="field"><label for="ket_qua"><?cs var:Lang.Office.ResultFile ?> <span class="req" aria-hidden="true">*</span></label><input type="file" id="ket_qua" name="ket_qua" required></div>
<div class="field"><label for="ly_do_kq"><?cs var:Lang.Office.Note ?></label><p class="hint" id="ly_do_kq-gy"><?cs var:Lang.Office.Hint.propose_result ?></p><textarea id="ly_do_kq" name="ly_do" rows="3" maxlength="2000" aria-describedby="ly_do_kq-gy"></textarea></div>
<button type="submit"><?cs var:Lang.Office.Do.propose_result ?></button></form></section><?cs /if ?>

<?cs if:Page.Can["de-xuat-bo-sung"] ?><section class="action" id="de-xuat-bo-sung"><h2><?cs var:Lang.Office.Do.propose_supplement ?></h2>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/de-xuat-bo-sung"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<fieldset><legend><?cs var:Lang.Office.WhichDocs ?></legend><?cs each:d = Dossier.Docs ?>
<div class="check"><input type="checkbox" id="dx_bo_sung_<?cs var:d.id ?>" name="bo_sung_<?cs var:d.id ?>" value="1"><label for="dx_bo_sung_<?cs var:d.id ?>"><?cs var:name(d) + 1 ?>. <?cs var:d.name ?></label></div><?cs /each ?>
</fieldset>
<div class="field"><label for="ly_do_dxbs"><?cs var:Lang.Office.Label.propose_supplement ?></label><p class="hint" id="ly_do_dxbs-gy"><?cs var:Lang.Office.Hint.propose_supplement ?></p><textarea id="ly_do_dxbs" name="ly_do" rows="4" maxlength="2000" aria-describedby="ly_do_dxbs-gy"></textarea></div>
<button type="submit"><?cs var:Lang.Office.Do.propose_supplement ?></button></form></section><?cs /if ?>

<?cs each:a = Lang.Office.ReasonActions ?><?cs if:Page.Can[a.slug] && !Page.Confirm[a.slug] ?><?cs call:reason_action(a) ?><?cs /if ?><?cs /each ?>

<?cs # an extension: the officer holding the dossier proposes (a Form 04
     draft for the leader), within the limits the rule leaves (Ext) ?><?cs
if:Page.Can["de-xuat-gia-han"] ?><section class="action" id="de-xuat-gia-han"><h2><?cs var:Lang.Office.Do.propose_extension ?></h2>
<p><?cs var:Lang.Office.ExtHint ?></p>
<p id="gia-han-han-muc"><?cs call:ext_limits(Ext) ?></p><?cs
  if:Ext.can == 1 ?>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/de-xuat-gia-han"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<div class="field"><label for="gia_han_ngay"><?cs var:Lang.Office.ExtendDays ?> <span class="req" aria-hidden="true">*</span></label><input type="number" id="gia_han_ngay" name="gia_han_ngay" min="1" max="<?cs var:Ext.room ?>" required<?cs if:Page.Action == "de-xuat-gia-han" ?> value="<?cs var:Form.gia_han_ngay.Value ?>"<?cs /if ?>></div>
<div class="field"><label for="ly_do_gia_han"><?cs var:Lang.Office.ExtReason ?> <span class="req" aria-hidden="true">*</span></label><textarea id="ly_do_gia_han" name="ly_do" rows="3" maxlength="2000" required><?cs if:Page.Action == "de-xuat-gia-han" ?><?cs var:Form.ly_do.Value ?><?cs /if ?></textarea></div>
<button type="submit"><?cs var:Lang.Office.Do.propose_extension ?></button></form><?cs
  else ?><p class="alert alert-warn" id="gia-han-het"><?cs var:Lang.Office.ExtNone ?></p><?cs /if ?></section><?cs /if ?>

<?cs each:a = Lang.Office.PlainActions ?><?cs if:Page.Can[a.slug] && !Page.Confirm[a.slug] ?><?cs call:plain_action(a) ?><?cs /if ?><?cs /each ?>

<?cs # the steps that end or set back the dossier: apart from the others,
     secondary buttons, each confirmed by a tick box (checked again by the
     server) ?><?cs
if:subcount(Page.Confirm) > 0 ?><div class="actions-apart" id="thao-tac-dung">
<?cs if:Page.Can["tu-choi"] ?><section class="action" id="tu-choi"><h2><?cs var:Lang.Office.Do.refuse ?></h2>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/tu-choi"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<div class="field"><label for="ly_do_tc"><?cs var:Lang.Office.Label.refuse ?> <span class="req" aria-hidden="true">*</span></label><p class="hint" id="ly_do_tc-gy"><?cs var:Lang.Office.Hint.refuse ?></p><textarea id="ly_do_tc" name="ly_do" rows="4" maxlength="2000" required aria-describedby="ly_do_tc-gy"><?cs if:Page.Action == "tu-choi" ?><?cs var:Form.ly_do.Value ?><?cs /if ?></textarea></div><?cs call:confirm_box("tu-choi", "refuse") ?>
<button type="submit"<?cs call:button_class("tu-choi") ?>><?cs var:Lang.Office.Do.refuse ?></button></form></section><?cs /if ?><?cs each:a = Lang.Office.ReasonActions ?><?cs if:Page.Confirm[a.slug] ?><?cs call:reason_action(a) ?><?cs /if ?><?cs /each ?><?cs
each:a = Lang.Office.PlainActions ?><?cs if:Page.Confirm[a.slug] ?><?cs call:plain_action(a) ?><?cs /if ?><?cs /each ?></div><?cs /if ?>

<?cs if:Page.Can["tra-ket-qua"] ?><section class="action" id="tra-ket-qua"><h2><?cs var:Lang.Office.Do.deliver ?></h2>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/tra-ket-qua"><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<fieldset><legend><?cs var:Lang.Office.MethodLegend ?></legend><?cs each:m = Lang.Office.Method ?>
<div class="check"><input type="radio" id="hinh_thuc_<?cs name:m ?>" name="hinh_thuc" value="<?cs name:m ?>" required><label for="hinh_thuc_<?cs name:m ?>"><?cs var:m ?></label></div><?cs /each ?></fieldset>
<div class="field"><label for="ma_buu_gui"><?cs var:Lang.Office.Tracking ?></label><input type="text" id="ma_buu_gui" name="ma_buu_gui" maxlength="40"></div>
<button type="submit"><?cs var:Lang.Office.Do.deliver ?></button></form></section><?cs
elif:Page.Waits["tra-ket-qua"] ?><section class="action" id="tra-ket-qua"><h2><?cs var:Lang.Office.Do.deliver ?></h2>
<p class="alert alert-warn" id="tra-ket-qua-cho-ban-giay"><?cs var:Lang.Office.Paper.ReturnWaits ?></p></section><?cs /if ?>

<?cs include:"office_dossier_opinions.cs" ?>
<?cs # sent to the wrong agency: its leader sends it on before acceptance (office_transfer.c) ?><?cs
if:Menu.Role.leader && Dossier.D.status == 1 ?><section class="action" id="chuyen-co-quan"><h2><?cs var:Lang.Office.Transfer.Title ?></h2>
<p><?cs var:Lang.Office.Transfer.Hint ?></p>
<p><a class="button button-secondary" href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/chuyen-co-quan"><?cs var:Lang.Office.Transfer.Open ?></a></p></section><?cs /if ?>

<h2><?cs var:Lang.Office.Notices ?></h2>
<?cs call:notice_list(Notices, "/can-bo/thong-bao/") ?>
<h2><?cs var:Lang.Dossier.History ?></h2>
<?cs call:timeline(Dossier.Events) ?>
<?cs /def ?>
