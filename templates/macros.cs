<?cs # Shared pieces for page templates. Form fields read Form.<name>.Value
     and Form.<name>.Error, which req_form_to_hdf() fills for re-display. ?><?cs
def:field_error(name) ?><?cs
  if:Form[name].Error ?><p class="field-error" id="<?cs var:name ?>-loi"><span class="visually-hidden"><?cs var:Lang.Form.ErrorPrefix ?> </span><?cs var:Form[name].Error ?></p><?cs /if ?><?cs
/def ?><?cs
def:field_describedby(name, hint) ?><?cs
  if:hint || Form[name].Error ?> aria-describedby="<?cs if:hint ?><?cs var:name ?>-gy<?cs /if ?><?cs if:hint && Form[name].Error ?> <?cs /if ?><?cs if:Form[name].Error ?><?cs var:name ?>-loi<?cs /if ?>"<?cs /if ?><?cs
  if:Form[name].Error ?> aria-invalid="true"<?cs /if ?><?cs
/def ?><?cs
def:input(name, label, type, autocomplete, required, hint, maxlen) ?>
<div class="field<?cs if:Form[name].Error ?> has-error<?cs /if ?>">
  <label for="<?cs var:name ?>"><?cs var:label ?><?cs if:required ?> <span class="req" aria-hidden="true">*</span><?cs else ?> <span class="opt"><?cs var:Lang.Form.Optional ?></span><?cs /if ?></label>
  <?cs if:hint ?><p class="hint" id="<?cs var:name ?>-gy"><?cs var:hint ?></p><?cs /if ?>
  <?cs call:field_error(name) ?>
  <input id="<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>" value="<?cs var:Form[name].Value ?>"<?cs if:name == "so_dinh_danh" || name == "ma_so_thue" || name == "cmnd" ?> inputmode="numeric"<?cs /if ?><?cs if:autocomplete ?> autocomplete="<?cs var:autocomplete ?>"<?cs /if ?><?cs if:required ?> required<?cs /if ?><?cs if:maxlen ?> maxlength="<?cs var:maxlen ?>"<?cs /if ?><?cs call:field_describedby(name, hint) ?>>
</div>
<?cs /def ?><?cs
def:textarea(name, label, required, hint, maxlen) ?>
<div class="field<?cs if:Form[name].Error ?> has-error<?cs /if ?>">
  <label for="<?cs var:name ?>"><?cs var:label ?><?cs if:required ?> <span class="req" aria-hidden="true">*</span><?cs /if ?></label>
  <?cs if:hint ?><p class="hint" id="<?cs var:name ?>-gy"><?cs var:hint ?></p><?cs /if ?>
  <?cs call:field_error(name) ?>
  <textarea id="<?cs var:name ?>" name="<?cs var:name ?>" rows="8"<?cs if:required ?> required<?cs /if ?><?cs if:maxlen ?> maxlength="<?cs var:maxlen ?>"<?cs /if ?><?cs call:field_describedby(name, hint) ?>><?cs var:Form[name].Value ?></textarea>
</div>
<?cs /def ?><?cs
def:csrf() ?><input type="hidden" name="csrf" value="<?cs var:Req.CSRF ?>"><?cs /def ?>
<?cs def:level(l, l22) ?><?cs
  if:Cat.Scheme == 2022 ?><?cs
    if:l22 == 1 ?><span class="badge badge-full"><?cs var:Lang.Cat.LevelFull ?></span><?cs
    elif:l22 == 2 ?><span class="badge badge-part"><?cs var:Lang.Cat.LevelPart ?></span><?cs
    else ?><span class="badge"><?cs var:Lang.Cat.LevelNone ?></span><?cs /if ?><?cs
  else ?><span class="badge badge-l<?cs var:l ?>"><?cs
    if:l == 1 ?><?cs var:Lang.Cat.Level1 ?><?cs elif:l == 2 ?><?cs var:Lang.Cat.Level2 ?><?cs
    elif:l == 3 ?><?cs var:Lang.Cat.Level3 ?><?cs else ?><?cs var:Lang.Cat.Level4 ?><?cs /if ?></span><?cs
  /if ?><?cs
/def ?><?cs
def:channel(c) ?><?cs
  if:c == "in_person" ?><?cs var:Lang.Cat.ChInPerson ?><?cs
  elif:c == "online" ?><?cs var:Lang.Cat.ChOnline ?><?cs
  else ?><?cs var:Lang.Cat.ChPost ?><?cs /if ?><?cs
/def ?><?cs
def:unit(u) ?><?cs if:u == "working_hours" ?><?cs var:Lang.Cat.WorkingHours ?><?cs else ?><?cs var:Lang.Cat.WorkingDays ?><?cs /if ?><?cs /def ?><?cs
def:role(r) ?><?cs if:r == "reception" ?><?cs var:Lang.Cat.RoleReception ?><?cs elif:r == "specialist" ?><?cs var:Lang.Cat.RoleSpecialist ?><?cs else ?><?cs var:Lang.Cat.RoleLeader ?><?cs /if ?><?cs /def ?><?cs
def:search_box(q) ?>
<form class="search" method="get" action="<?cs var:Req.BasePath ?>/thu-tuc" role="search">
  <label for="q"><?cs var:Lang.Cat.SearchLabel ?></label>
  <p class="hint" id="q-gy"><?cs var:Lang.Cat.SearchHint ?></p>
  <div class="search-row">
    <input id="q" name="q" type="search" value="<?cs var:q ?>" maxlength="200" aria-describedby="q-gy">
    <button type="submit"><?cs var:Lang.Cat.SearchButton ?></button>
  </div>
</form>
<?cs /def ?><?cs
def:proc_item(p) ?>
<li class="proc">
  <h3><a href="<?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(p.code) ?>"><?cs var:p.name ?></a></h3>
  <p class="proc-meta"><?cs call:level(p.level, p.level22) ?>
    <span><?cs var:Lang.Cat.Code ?>: <?cs var:p.code ?></span>
    <span><?cs var:p.field_name ?></span>
    <?cs if:p.agency ?><span><?cs var:p.agency ?><?cs if:p.more_agencies ?> <?cs var:Lang.Cat.MoreAgencies ?> <?cs var:p.more_agencies ?> <?cs var:Lang.Cat.MoreAgenciesTail ?><?cs /if ?></span><?cs /if ?></p>
</li>
<?cs /def ?>
<?cs
def:error_summary() ?><?cs
  # in the form's order (Form.Errors, core/request.c); focused when the
    page loads (autofocus: without a script too), so that the view and a
    screen reader start at what went wrong ?><?cs
  if:Form.Errors.0 ?>
<div class="alert alert-error error-summary" role="alert" tabindex="-1" id="loi-bieu-mau" autofocus>
  <h2><?cs var:Lang.Form.ErrorSummary ?></h2>
  <ul><?cs each:e = Form.Errors ?>
    <li><a href="#<?cs var:e ?>"><?cs var:Lang.Field[e] ?>: <?cs var:Form[e].Error ?></a></li><?cs /each ?>
  </ul>
</div><?cs
  /if ?><?cs
/def ?><?cs
def:down_box() ?><?cs
  if:Form.Failure == "down" ?>
<div class="alert alert-error" role="alert" tabindex="-1" autofocus>
  <p><?cs var:Lang.Acct.FailDown ?></p>
  <p><?cs var:Lang.Error.RefLabel ?> <strong><?cs var:Req.Ref ?></strong></p>
</div><?cs
  /if ?><?cs
/def ?><?cs
def:staff_role(r) ?><?cs
  if:r == "reception" ?><?cs var:Lang.Staff.RoleReception ?><?cs
  elif:r == "specialist" ?><?cs var:Lang.Staff.RoleSpecialist ?><?cs
  elif:r == "leader" ?><?cs var:Lang.Staff.RoleLeader ?><?cs
  elif:r == "agency_admin" ?><?cs var:Lang.Staff.RoleAgencyAdmin ?><?cs
  elif:r == "inspector" ?><?cs var:Lang.Staff.RoleInspector ?><?cs
  else ?><?cs var:Lang.Staff.RoleProvinceAdmin ?><?cs /if ?><?cs
/def ?><?cs
def:staff_status(s) ?><?cs
  if:s == "active" ?><?cs var:Lang.Staff.StatusActive ?><?cs
  elif:s == "disabled" ?><?cs var:Lang.Staff.StatusDisabled ?><?cs
  else ?><?cs var:Lang.Staff.StatusPending ?><?cs /if ?><?cs
/def ?>
<?cs def:applicant_fields() ?>
  <fieldset class="group" id="nguoi-nop">
    <legend><?cs var:Lang.Dossier.Applicant ?></legend>
    <p class="hint"><?cs var:Lang.Dossier.ApplicantHint ?></p>
    <div class="field">
      <label class="choice" for="thay_mat"><input type="checkbox" id="thay_mat" name="thay_mat" value="1"<?cs if:Form.thay_mat.Value == "1" ?> checked<?cs /if ?>> <?cs var:Lang.Dossier.OnBehalf ?></label>
    </div>
    <?cs call:input("ho_ten", Lang.Field.ho_ten, "text", "name", 1, "", 100) ?>
    <?cs call:input("so_dinh_danh", Lang.Field.so_dinh_danh, "text", "off", 1, Lang.Dossier.IdHint, 12) ?>
    <?cs call:input("ngay_sinh", Lang.Field.ngay_sinh, "text", "bday", 0, Lang.Acct.BirthHint, 10) ?>
    <?cs call:input("dien_thoai", Lang.Field.dien_thoai, "tel", "tel", 1, "", 20) ?>
    <?cs call:input("email", Lang.Field.email, "email", "email", 0, "", 254) ?>
    <?cs call:input("dia_chi", Lang.Field.dia_chi, "text", "street-address", 1, "", 300) ?>
    <?cs call:input("ten_to_chuc", Lang.Field.ten_to_chuc, "text", "organization", 0, "", 200) ?>
    <?cs call:input("ma_so_thue", Lang.Field.ma_so_thue, "text", "off", 0, "", 14) ?>
  </fieldset>
<?cs /def ?><?cs
def:dossier_status(s) ?><span class="badge status-<?cs var:s ?>"><?cs var:Lang.Dossier.St[s] ?></span><?cs /def ?><?cs
def:file_size(n) ?><?cs if:n >= 1048576 ?><?cs var:(n * 10 / 1048576) / 10 ?>,<?cs var:(n * 10 / 1048576) % 10 ?> MB<?cs elif:n >= 1024 ?><?cs var:n / 1024 ?> KB<?cs else ?><?cs var:n ?> B<?cs /if ?><?cs /def ?><?cs
def:signature(f) ?><?cs
  if:f.sig_state == "valid" ?><span class="badge sig-valid"><?cs var:Lang.Dossier.SigValid ?></span> <?cs var:Lang.Dossier.SigSigner ?>: <?cs var:f.sig_signer ?>; <?cs var:Lang.Dossier.SigSerial ?>: <?cs var:f.sig_serial ?><?cs if:f.sig_time ?>; <?cs var:Lang.Dossier.SigTime ?>: <?cs var:f.sig_time ?><?cs /if ?><?cs
  elif:f.sig_state == "invalid" ?><span class="badge sig-invalid"><?cs var:Lang.Dossier.SigInvalid ?></span> <?cs var:Lang.Sig[f.sig_reason] ?><?cs if:f.sig_signer ?> (<?cs var:f.sig_signer ?>)<?cs /if ?><?cs
  else ?><?cs var:Lang.Dossier.SigNone ?><?cs /if ?><?cs
/def ?>
<?cs # the files a supplement took back from documents docs, kept for the
  record: struck through, with when, each still opens (base: the file
  link's path, /ho-so/tep/ or /can-bo/tep/) ?><?cs
def:gone_files(docs, base) ?><?cs
  set:Tmp.ngone = 0 ?><?cs each:d = docs ?><?cs set:Tmp.ngone = Tmp.ngone + d.ngone ?><?cs /each ?><?cs
  if:Tmp.ngone > 0 ?>
<h3 id="tep-da-bo"><?cs var:Lang.Dossier.FilesGone ?></h3>
<ul class="files files-gone"><?cs each:d = docs ?><?cs each:f = d.Gone ?><?cs if:!f.signs_id ?>
  <li><?cs var:name(d) + 1 ?>. <?cs var:d.name ?>: <del><a href="<?cs var:Req.BasePath ?><?cs var:base ?><?cs var:f.id ?>"><?cs var:f.name ?></a></del> (<?cs call:file_size(f.size) ?>; <?cs var:Lang.Dossier.FileGone ?> <?cs var:f.withdrawn ?>)</li><?cs /if ?><?cs /each ?><?cs /each ?>
</ul><?cs /if ?><?cs
/def ?>
<?cs def:missing_box() ?><?cs
  if:Dossier.nmissing > 0 ?><div class="alert alert-warn" role="status"><p><?cs var:Lang.Dossier.Missing ?></p><ul><?cs each:m = Dossier.Missing ?><li><?cs var:m.name ?></li><?cs /each ?></ul></div><?cs
  else ?><p class="ok-note"><?cs var:Lang.Dossier.MissingNone ?></p><?cs /if ?><?cs
/def ?><?cs
def:dossier_files(docs, hashes) ?>
<div class="table-wrap"><table class="files-table stack">
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Docs ?></th><th scope="col"><?cs var:Lang.Dossier.FileName ?></th><th scope="col"><?cs var:Lang.Dossier.FileSize ?></th><?cs if:hashes ?><th scope="col"><?cs var:Lang.Dossier.FileHash ?></th><?cs /if ?><th scope="col"><?cs var:Lang.Dossier.Signature ?></th></tr></thead>
  <tbody><?cs each:d = docs ?><?cs each:f = d.Files ?>
  <tr><td data-label="<?cs var:Lang.Dossier.Docs ?>"><?cs var:name(d) + 1 ?>. <?cs var:d.name ?></td><td data-label="<?cs var:Lang.Dossier.FileName ?>"><?cs if:hashes ?><?cs var:f.name ?><?cs else ?><a href="<?cs var:Req.BasePath ?>/ho-so/tep/<?cs var:f.id ?>"><?cs var:f.name ?></a><?cs /if ?></td><td data-label="<?cs var:Lang.Dossier.FileSize ?>"><?cs call:file_size(f.size) ?></td><?cs if:hashes ?><td class="hash" data-label="<?cs var:Lang.Dossier.FileHash ?>"><?cs var:f.sha256 ?></td><?cs /if ?><td data-label="<?cs var:Lang.Dossier.Signature ?>"><?cs call:signature(f) ?></td></tr><?cs /each ?><?cs /each ?>
  </tbody>
</table></div>
<?cs /def ?>
<?cs # The paper copy of an unsigned level-4 dossier, for the citizen: d a
  dossier row with paper_awaited and paper_received (dossier_load,
  dossier_track); role: "status" (a page's live region) or "" (print,
  mail-like). ?><?cs
def:paper_box(d, role) ?><?cs
  if:d.paper_awaited == 1 ?><div class="alert alert-warn" id="ban-giay"<?cs if:role ?> role="<?cs var:role ?>"<?cs /if ?>><p><?cs var:Lang.Dossier.PaperPending ?></p></div><?cs
  elif:d.paper_received ?><div class="alert alert-ok" id="ban-giay"<?cs if:role ?> role="<?cs var:role ?>"<?cs /if ?>><p><?cs var:Lang.Dossier.PaperArrived ?> <?cs var:Lang.Dossier.PaperArrivedOn ?> <?cs var:d.paper_received ?>.</p></div><?cs /if ?><?cs
/def ?>
<?cs def:clock_text(c) ?><?cs
  if:c.state == "running" ?><?cs var:Lang.Office.DueAt ?> <strong><?cs var:c.due ?></strong> (<?cs if:c.late ?><span class="late"><?cs var:Lang.Office.Late ?> <?cs var:c.left_text ?></span><?cs else ?><?cs var:Lang.Office.Left ?> <?cs var:c.left_text ?><?cs /if ?>)<?cs
  elif:c.state == "paused" ?><?cs var:Lang.Office.ClockPaused ?><?cs
  elif:c.state == "done" ?><?cs var:Lang.Office.ClockDone ?><?cs
  else ?><?cs var:Lang.Office.NotStarted ?><?cs /if ?><?cs
/def ?><?cs
def:due_facts(c) ?><?cs
  # beside clock_text in a <dl>: the date Form 01 promised when an
    extension moved it, and how a finished dossier stood against the rule
    (docs/workflow.md) ?><?cs
  if:c.first_due ?><dt><?cs var:Lang.Office.FirstDue ?></dt><dd id="hen-ban-dau"><?cs var:c.first_due ?><?cs if:c.extensions > 0 ?> (<?cs var:Lang.Office.ExtendedTimes ?> <?cs var:c.extensions ?> <?cs var:Lang.Office.Times ?>)<?cs /if ?></dd><?cs /if ?><?cs
  if:c.state == "paused" && c.due ?><dt><?cs var:Lang.Office.DuePaused ?></dt><dd id="hen-tra"><?cs var:c.due ?></dd><?cs
  elif:c.state == "done" && c.due ?><dt><?cs var:Lang.Office.DueKept ?></dt><dd id="hen-tra"><?cs var:c.due ?></dd><?cs /if ?><?cs
  if:c.finished ?><dt><?cs var:Lang.Office.FinishedAt ?></dt><dd id="ket-thuc"><?cs var:c.finished ?><?cs if:c.timeliness ?> – <span class="timeliness-<?cs var:c.timeliness ?>"><?cs var:Lang.Office.Timeliness[c.timeliness] ?></span><?cs /if ?></dd><?cs /if ?><?cs
/def ?><?cs
def:notice_list(ns, base) ?><?cs
  if:subcount(ns) == 0 ?><p><?cs var:Lang.Office.NoNotices ?></p><?cs else ?><ul class="notices"><?cs each:n = ns ?>
  <li><a href="<?cs var:Req.BasePath ?><?cs var:base ?><?cs var:n.id ?>"><?cs var:n.title ?></a> – <?cs var:Lang.Notice.Number ?> <?cs var:n.number ?>/<?cs var:n.year ?><?cs if:n.form ?>/<?cs var:n.form ?><?cs /if ?>, <?cs var:n.sent ?><br><span class="hash"><?cs var:Lang.Dossier.FileHash ?>: <?cs var:n.sha256 ?></span></li><?cs /each ?></ul><?cs /if ?><?cs
/def ?><?cs # A history step's note as a person reads it: the submission of an
  unsigned level-4 dossier stores "paper", the return how it went (and
  the post's tracking number): both said in words. ?><?cs
def:event_note(e) ?><?cs
  if:e.action == "submit" && e.note == "paper" ?><?cs var:Lang.Dossier.SubmitPaper ?><?cs
  elif:e.action == "deliver" && e.how ?><?cs var:Lang.Office.Method[e.how] ?><?cs if:e.tracking ?>, <?cs var:Lang.Office.Tracking ?>: <?cs var:e.tracking ?><?cs /if ?><?cs
  else ?><?cs var:e.note ?><?cs /if ?><?cs
/def ?><?cs
def:timeline(events) ?>
<ol class="timeline"><?cs each:e = events ?>
  <li><strong><?cs if:e.action == "submit" && e.actor_role == "reception" ?><?cs var:Lang.Dossier.EventSubmitCounter ?><?cs else ?><?cs var:Lang.Dossier.Event[e.action] ?><?cs /if ?></strong> – <?cs var:Lang.Dossier.Role[e.actor_role] ?><?cs if:e.actor_role != "citizen" && e.agency_name ?>, <?cs var:e.agency_name ?><?cs /if ?>, <?cs var:e.at ?><?cs if:e.status_to != e.status_from ?> → <?cs call:dossier_status(e.status_to) ?><?cs /if ?><?cs if:e.note && !Hide[e.action] ?><br><span class="note"><?cs call:event_note(e) ?></span><?cs /if ?></li><?cs /each ?>
</ol>
<?cs /def ?><?cs
# The marks of a dossier's due date in a queue row (domain/checks.h
  CHECKS_SQL_MARKS): provisional, and the holiday table changed inside
  its period since it was promised. ?><?cs
def:due_marks(d) ?><?cs if:d.due_provisional == 1 ?> <span class="badge badge-warn"><?cs var:Lang.Office.Provisional ?></span><?cs /if ?><?cs if:d.due_changed == 1 ?> <span class="badge badge-warn"><?cs var:Lang.Office.CalChanged ?></span><?cs /if ?><?cs /def ?>
