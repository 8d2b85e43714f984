<?cs # GET /quan-tri/thu-tuc/:code and the answers of its posts
  (pages/admin_catalog.c): the procedure's record in parts, each its own
  form posting to /quan-tri/thu-tuc/:code/<part>; every error of the
  import's validator beside its field (Form.<name>.Error); the checks and
  the difference before publishing; the versions. ?><?cs include:"macros.cs" ?><?cs
set:Page.Title = Lang.Admin.Cat.EditTitle + " " + Edit.Code ?><?cs

def:cat_error(name) ?><?cs
  if:Form[name].Error ?><p class="field-error" id="<?cs var:name ?>-loi"><span class="visually-hidden"><?cs var:Lang.Form.ErrorPrefix ?> </span><?cs var:Form[name].Error ?></p><?cs /if ?><?cs
/def ?><?cs

def:cat_aria(name) ?><?cs
  if:Form[name].Error ?> aria-describedby="<?cs var:name ?>-loi" aria-invalid="true"<?cs /if ?><?cs
/def ?><?cs

def:cat_input(name, label, type) ?>
<div class="field<?cs if:Form[name].Error ?> has-error<?cs /if ?>">
  <label for="<?cs var:name ?>"><?cs var:label ?></label><?cs call:cat_error(name) ?>
  <input id="<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>" value="<?cs var:Form[name].Value ?>"<?cs call:cat_aria(name) ?>>
</div><?cs
/def ?><?cs

def:cat_text(name, label, hint) ?>
<div class="field<?cs if:Form[name].Error ?> has-error<?cs /if ?>">
  <label for="<?cs var:name ?>"><?cs var:label ?></label><?cs
  if:hint ?><p class="hint"><?cs var:hint ?></p><?cs /if ?><?cs call:cat_error(name) ?>
  <textarea id="<?cs var:name ?>" name="<?cs var:name ?>" rows="4"<?cs call:cat_aria(name) ?>><?cs var:Form[name].Value ?></textarea>
</div><?cs
/def ?><?cs

def:cat_select_open(name, label) ?>
<div class="field<?cs if:Form[name].Error ?> has-error<?cs /if ?>">
  <label for="<?cs var:name ?>"><?cs var:label ?></label><?cs call:cat_error(name) ?>
  <select id="<?cs var:name ?>" name="<?cs var:name ?>"<?cs call:cat_aria(name) ?>><?cs
/def ?><?cs

def:cat_option(name, value, label) ?>
    <option value="<?cs var:value ?>"<?cs if:Form[name].Value == value ?> selected<?cs /if ?>><?cs var:label ?></option><?cs
/def ?><?cs

def:cat_case_select(name) ?><?cs
  call:cat_select_open(name, Lang.Admin.Cat.F.case) ?><?cs
  call:cat_option(name, "", Lang.Admin.Cat.EveryCase) ?><?cs
  each:c = Cases ?><?cs call:cat_option(name, c, c) ?><?cs /each ?>
  </select>
</div><?cs
/def ?><?cs

def:cat_channel_select(name) ?><?cs
  # the channels the record offers; a channel it no longer offers stays
  # chosen (the validator's message beside it says so) ?><?cs
  call:cat_select_open(name, Lang.Admin.Cat.F.process_channel) ?><?cs
  call:cat_option(name, "", Lang.Admin.Cat.EveryChannel) ?><?cs
  set:ChanShown = 0 ?><?cs
  each:c = Chans ?><?cs call:cat_option(name, c, Lang.Admin.Cat.V[c]) ?><?cs
    if:Form[name].Value == c ?><?cs set:ChanShown = 1 ?><?cs /if ?><?cs /each ?><?cs
  if:Form[name].Value != "" && !ChanShown ?><?cs
    call:cat_option(name, Form[name].Value, Lang.Admin.Cat.V[Form[name].Value]) ?><?cs /if ?>
  </select>
</div><?cs
/def ?><?cs

def:cat_check(name, label) ?>
<div class="choice"><input type="checkbox" id="<?cs var:name ?>" name="<?cs var:name ?>" value="1"<?cs if:Form[name].Value == "1" ?> checked<?cs /if ?>> <label for="<?cs var:name ?>"><?cs var:label ?></label></div><?cs
/def ?><?cs

def:cat_form_head(part, rows) ?>
<form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc/<?cs var:Edit.Code ?>/<?cs var:part ?>" class="form">
  <?cs call:csrf() ?><input type="hidden" name="rev" value="<?cs var:Edit.Rev ?>"><?cs
  if:rows != "" ?><input type="hidden" name="rows" value="<?cs var:rows ?>"><?cs /if ?><?cs
/def ?><?cs

def:cat_form_foot(rows, add, max) ?><?cs
  if:add != "" && rows > max ?>
  <p class="note"><?cs var:Lang.Admin.Cat.TooManyRows ?></p><?cs
  else ?>
  <p class="actions"><button type="submit" class="button"><?cs var:Lang.Admin.Cat.Save ?></button><?cs
  if:add != "" && rows < max ?> <button type="submit" name="them" value="1" class="button button-secondary"><?cs var:add ?></button><?cs /if ?></p><?cs
  /if ?>
</form><?cs
/def ?><?cs

def:cat_remove(name) ?><?cs call:cat_check(name, Lang.Admin.Cat.Remove) ?><?cs /def ?><?cs

def:cat_value(v) ?><?cs if:Lang.Admin.Cat.V[v] ?><?cs var:Lang.Admin.Cat.V[v] ?><?cs else ?><?cs var:v ?><?cs /if ?><?cs /def ?><?cs

def:cat_label(k) ?><?cs if:Lang.Admin.Cat.F[k] ?><?cs var:Lang.Admin.Cat.F[k] ?><?cs else ?><?cs var:Lang.Admin.Cat.Other ?><?cs /if ?><?cs /def ?><?cs

def:cat_diff(list, old_label, new_label) ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Admin.Cat.DiffField ?></th><th scope="col"><?cs var:old_label ?></th><th scope="col"><?cs var:new_label ?></th></tr></thead>
  <tbody><?cs each:d = list ?>
  <tr><th scope="row"><?cs call:cat_label(d.key) ?><?cs
    if:d.no ?> <?cs var:d.no ?><?cs /if ?><?cs
    if:d.ch == "all" ?> (<?cs var:Lang.Admin.Cat.EveryChannelLower ?>)<?cs
    elif:d.ch ?> (<?cs var:Lang.Admin.Cat.ChannelLower[d.ch] ?>)<?cs /if ?><?cs
    if:d.sub ?> – <?cs call:cat_label(d.sub) ?><?cs /if ?></th><?cs
    # a process step's channel left empty: the step is every channel's ?>
    <td><?cs if:d.old == "" && d.ch && d.sub == "channel" ?><?cs var:Lang.Admin.Cat.EveryChannel ?><?cs
      elif:d.old == "" ?><span class="small"><?cs var:Lang.Admin.Cat.Empty ?></span><?cs else ?><?cs call:cat_value(d.old) ?><?cs /if ?></td>
    <td><?cs if:d.new == "" && d.ch && d.sub == "channel" ?><?cs var:Lang.Admin.Cat.EveryChannel ?><?cs
      elif:d.new == "" ?><span class="small"><?cs var:Lang.Admin.Cat.Empty ?></span><?cs else ?><?cs call:cat_value(d.new) ?><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs
/def ?><?cs

def:body() ?>
<p class="breadcrumb"><a href="<?cs var:Req.BasePath ?>/quan-tri"><?cs var:Lang.Admin.Cat.HomeTitle ?></a> › <a href="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc"><?cs var:Lang.Admin.Cat.ListTitle ?></a></p>
<h1><?cs var:Lang.Admin.Cat.EditTitle ?> <?cs var:Edit.Code ?><?cs if:Form.name.Value ?>: <?cs var:Form.name.Value ?><?cs /if ?></h1>
<p class="lead"><?cs if:Edit.Rev > 0 ?><?cs var:Lang.Admin.Cat.DraftBy ?> <?cs var:Edit.Draft.by_name ?>, <?cs var:Edit.Draft.at ?>.<?cs
  elif:Edit.Published ?><?cs var:Lang.Admin.Cat.NoDraft ?><?cs /if ?><?cs
  if:Edit.Withdrawn ?> <span class="badge badge-warn"><?cs var:Lang.Admin.Cat.Withdrawn ?></span><?cs /if ?></p><?cs

if:Edit.Saved ?>
<div class="alert alert-ok" role="status"><p><?cs var:Lang.Admin.Cat.Saved ?></p></div><?cs /if ?><?cs
if:Edit.Done ?>
<div class="alert alert-ok" role="status"><p><?cs var:Lang.Admin.Cat.Done[Edit.Done] ?></p></div><?cs /if ?><?cs
if:Edit.Refused ?>
<div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Admin.Cat.Refused[Edit.Refused] ?></p></div><?cs /if ?><?cs
if:Edit.StaleOf ?>
<div class="alert alert-error" role="alert" tabindex="-1" autofocus id="xung-dot">
  <h2><?cs var:Lang.Admin.Cat.StaleTitle ?></h2>
  <p><?cs var:Lang.Admin.Cat.StaleText ?> <?cs var:Edit.Draft.by_name ?>, <?cs var:Edit.Draft.at ?>.</p><?cs
  if:subcount(Edit.Stale) ?><?cs call:cat_diff(Edit.Stale, Lang.Admin.Cat.StaleTheirs, Lang.Admin.Cat.StaleYours) ?><?cs
  else ?><p><?cs var:Lang.Admin.Cat.StaleSame ?></p><?cs /if ?>
  <p><?cs var:Lang.Admin.Cat.StaleHow ?></p>
</div><?cs /if ?><?cs
if:Edit.Errors > 0 ?>
<div class="alert alert-warn" role="status"><p><?cs var:Lang.Admin.Cat.ErrorsBefore ?> <?cs var:Edit.Errors ?> <?cs var:Lang.Admin.Cat.ErrorsAfter ?></p></div><?cs /if ?>

<nav class="toc" aria-label="<?cs var:Lang.Admin.Cat.PartsLabel ?>"><ul>
  <li><a href="#chung"><?cs var:Lang.Admin.Cat.Part.General ?></a></li>
  <li><a href="#truong-hop"><?cs var:Lang.Admin.Cat.Part.Cases ?></a></li>
  <li><a href="#cac-buoc"><?cs var:Lang.Admin.Cat.Part.Steps ?></a></li>
  <li><a href="#giay-to"><?cs var:Lang.Admin.Cat.Part.Docs ?></a></li>
  <li><a href="#cach-nop"><?cs var:Lang.Admin.Cat.Part.Channels ?></a></li>
  <li><a href="#quy-trinh"><?cs var:Lang.Admin.Cat.Part.Process ?></a></li>
  <li><a href="#cong-bo"><?cs var:Lang.Admin.Cat.Part.Publish ?></a></li>
  <li><a href="#phien-ban"><?cs var:Lang.Admin.Cat.Part.Versions ?></a></li>
</ul></nav>

<section aria-labelledby="chung">
<h2 id="chung"><?cs var:Lang.Admin.Cat.Part.General ?></h2><?cs
call:cat_form_head("chung", "") ?><?cs
if:Form.code.Error ?><p class="field-error"><?cs var:Lang.Admin.Cat.F.code ?>: <?cs var:Form.code.Error ?></p><?cs /if ?><?cs
call:cat_input("name", Lang.Admin.Cat.F.name, "text") ?><?cs
call:cat_select_open("field", Lang.Admin.Cat.F.field) ?><?cs
  call:cat_option("field", "", Lang.Admin.Cat.Choose) ?><?cs
  each:f = Fields ?><?cs call:cat_option("field", f.code, f.name) ?><?cs /each ?>
  </select>
</div><?cs
call:cat_select_open("level", Lang.Admin.Cat.F.level) ?><?cs
  call:cat_option("level", "", Lang.Admin.Cat.Choose) ?><?cs
  call:cat_option("level", "1", Lang.Admin.Cat.Level1) ?><?cs
  call:cat_option("level", "2", Lang.Admin.Cat.Level2) ?><?cs
  call:cat_option("level", "3", Lang.Admin.Cat.Level3) ?><?cs
  call:cat_option("level", "4", Lang.Admin.Cat.Level4) ?>
  </select>
</div><?cs
call:cat_select_open("level_2022", Lang.Admin.Cat.F.level_2022) ?><?cs
  call:cat_option("level_2022", "", Lang.Admin.Cat.None) ?><?cs
  call:cat_option("level_2022", "toan_trinh", Lang.Admin.Cat.V.toan_trinh) ?><?cs
  call:cat_option("level_2022", "mot_phan", Lang.Admin.Cat.V.mot_phan) ?>
  </select>
</div><?cs
call:cat_select_open("pay_when", Lang.Admin.Cat.F.pay_when) ?><?cs
  call:cat_option("pay_when", "", Lang.Admin.Cat.PayDefault) ?><?cs
  call:cat_option("pay_when", "submission", Lang.Admin.Cat.V.submission) ?><?cs
  call:cat_option("pay_when", "acceptance", Lang.Admin.Cat.V.acceptance) ?><?cs
  call:cat_option("pay_when", "return", Lang.Admin.Cat.V["return"]) ?>
  </select>
</div>
<fieldset class="field<?cs if:Form.agency_levels.Error ?> has-error<?cs /if ?>"><legend><?cs var:Lang.Admin.Cat.F.agency_levels ?></legend><?cs
  call:cat_error("agency_levels") ?><?cs
  call:cat_check("al_province", Lang.Admin.Cat.V.province) ?><?cs
  call:cat_check("al_district", Lang.Admin.Cat.V.district) ?><?cs
  call:cat_check("al_commune", Lang.Admin.Cat.V.commune) ?>
</fieldset><?cs
if:Admin.Province ?><?cs call:cat_text("implementing", Lang.Admin.Cat.F.implementing, Lang.Admin.Cat.CodesHint) ?><?cs
else ?>
<div class="field"><p><strong><?cs var:Lang.Admin.Cat.F.implementing ?>:</strong> <?cs var:Form.implementing.Value ?></p><?cs call:cat_error("implementing") ?></div><?cs /if ?><?cs
call:cat_text("competent", Lang.Admin.Cat.F.competent, Lang.Admin.Cat.CodesHint) ?><?cs
call:cat_text("coordinating", Lang.Admin.Cat.F.coordinating, Lang.Admin.Cat.CodesHint) ?><?cs
call:cat_text("subjects", Lang.Admin.Cat.F.subjects, "") ?><?cs
call:cat_text("conditions", Lang.Admin.Cat.F.conditions, "") ?><?cs
call:cat_text("result", Lang.Admin.Cat.F.result, "") ?><?cs
call:cat_text("legal_basis", Lang.Admin.Cat.F.legal_basis, Lang.Admin.Cat.LinesHint) ?><?cs
call:cat_text("fee_exemptions", Lang.Admin.Cat.F.fee_exemptions, Lang.Admin.Cat.LinesHint) ?><?cs
call:cat_text("keywords", Lang.Admin.Cat.F.keywords, Lang.Admin.Cat.LinesHint) ?><?cs
call:cat_text("related", Lang.Admin.Cat.F.related, Lang.Admin.Cat.ProcCodesHint) ?><?cs
call:cat_text("inter_agency", Lang.Admin.Cat.F.inter_agency, Lang.Admin.Cat.ProcCodesHint) ?><?cs
call:cat_text("guide", Lang.Admin.Cat.F.guide, "") ?><?cs
call:cat_input("valid_from", Lang.Admin.Cat.F.valid_from, "date") ?><?cs
call:cat_input("valid_to", Lang.Admin.Cat.F.valid_to, "date") ?><?cs
call:cat_form_foot("", "", "") ?>
</section>

<section aria-labelledby="truong-hop">
<h2 id="truong-hop"><?cs var:Lang.Admin.Cat.Part.Cases ?></h2>
<p class="hint"><?cs var:Lang.Admin.Cat.CasesHint ?></p><?cs
call:cat_form_head("truong-hop", Rows.c) ?><?cs
loop:i = 0, Rows.c - 1, 1 ?>
<fieldset class="case"><legend><?cs var:Lang.Admin.Cat.F.cases ?> <?cs var:i + 1 ?></legend><?cs
  call:cat_input("c" + i + "_key", Lang.Admin.Cat.F.key, "text") ?><?cs
  call:cat_input("c" + i + "_name", Lang.Admin.Cat.F.name, "text") ?><?cs
  call:cat_input("c" + i + "_fee", Lang.Admin.Cat.F.fee, "text") ?><?cs
  call:cat_input("c" + i + "_charge", Lang.Admin.Cat.F.charge, "text") ?><?cs
  call:cat_remove("c" + i + "_xoa") ?>
</fieldset><?cs /loop ?><?cs
call:cat_form_foot(Rows.c, Lang.Admin.Cat.AddCase, Edit.RowsMax.c) ?>
</section>

<section aria-labelledby="cac-buoc">
<h2 id="cac-buoc"><?cs var:Lang.Admin.Cat.Part.Steps ?></h2><?cs
call:cat_form_head("cac-buoc", Rows.s) ?><?cs
call:cat_error("steps") ?><?cs
loop:i = 0, Rows.s - 1, 1 ?>
<fieldset class="case"><legend><?cs var:Lang.Admin.Cat.F.steps ?> <?cs var:i + 1 ?></legend><?cs
  call:cat_case_select("s" + i + "_case") ?><?cs
  set:n = "s" + i + "_party" ?><?cs
  call:cat_select_open(n, Lang.Admin.Cat.F.party) ?><?cs
    call:cat_option(n, "", Lang.Admin.Cat.Choose) ?><?cs
    call:cat_option(n, "citizen", Lang.Admin.Cat.V.citizen) ?><?cs
    call:cat_option(n, "agency", Lang.Admin.Cat.V.agency) ?>
  </select>
</div><?cs
  call:cat_text("s" + i + "_text", Lang.Admin.Cat.F.text, "") ?><?cs
  call:cat_remove("s" + i + "_xoa") ?>
</fieldset><?cs /loop ?><?cs
call:cat_form_foot(Rows.s, Lang.Admin.Cat.AddStep, Edit.RowsMax.s) ?>
</section>

<section aria-labelledby="giay-to">
<h2 id="giay-to"><?cs var:Lang.Admin.Cat.Part.Docs ?></h2>
<p class="hint"><?cs var:Lang.Admin.Cat.DocsHint ?></p><?cs
call:cat_form_head("giay-to", Rows.d) ?><?cs
call:cat_error("documents") ?><?cs
loop:i = 0, Rows.d - 1, 1 ?>
<fieldset class="case"><legend><?cs var:Lang.Admin.Cat.F.documents ?> <?cs var:i + 1 ?></legend><?cs
  call:cat_case_select("d" + i + "_case") ?><?cs
  call:cat_input("d" + i + "_name", Lang.Admin.Cat.F.name, "text") ?><?cs
  call:cat_input("d" + i + "_originals", Lang.Admin.Cat.F.originals, "text") ?><?cs
  call:cat_input("d" + i + "_copies", Lang.Admin.Cat.F.copies, "text") ?><?cs
  call:cat_check("d" + i + "_required", Lang.Admin.Cat.F.required) ?><?cs
  call:cat_input("d" + i + "_form_name", Lang.Admin.Cat.F.form_name, "text") ?><?cs
  set:n = "d" + i + "_form_sha256" ?><?cs
  if:Form[n].Value ?><?cs
    # an uploaded form (admin_forms.c): named by its hash, kept by a
      hidden field when this part is saved; another upload replaces it ?>
<div class="field<?cs if:Form[n].Error ?> has-error<?cs /if ?>">
  <p><?cs var:Lang.Admin.Form.Stored ?> <?cs if:Edit.Forms[i].name ?><a href="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc/<?cs var:Edit.Code ?>/bieu-mau/<?cs var:Form[n].Value ?>"><?cs var:Edit.Forms[i].name ?></a> (<?cs var:Edit.Forms[i].type ?>, <?cs var:Edit.Forms[i].kb ?> KB)<?cs /if ?></p><?cs call:cat_error(n) ?>
  <input type="hidden" name="<?cs var:n ?>" value="<?cs var:Form[n].Value ?>">
</div><?cs
    call:cat_check("d" + i + "_bo_mau", Lang.Admin.Form.Remove) ?><?cs
  else ?><?cs
  call:cat_input("d" + i + "_form_file", Lang.Admin.Cat.F.form_file, "text") ?><?cs
  /if ?><?cs
  call:cat_remove("d" + i + "_xoa") ?>
</fieldset><?cs /loop ?><?cs
call:cat_form_foot(Rows.d, Lang.Admin.Cat.AddDoc, Edit.RowsMax.d) ?><?cs
if:Rows.d > 0 ?>
<form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc/<?cs var:Edit.Code ?>/bieu-mau/tai-len" enctype="multipart/form-data" class="form" aria-labelledby="tai-mau">
  <?cs call:csrf() ?><input type="hidden" name="rev" value="<?cs var:Edit.Rev ?>">
  <h3 id="tai-mau"><?cs var:Lang.Admin.Form.Title ?></h3>
  <p class="hint"><?cs var:Lang.Admin.Form.Hint ?> <?cs var:Edit.FormMaxMB ?> MB.</p><?cs
  if:Edit.FormUp.Done ?>
  <p class="alert alert-success" role="status"><?cs var:Lang.Admin.Form.Uploaded ?></p><?cs
  /if ?><?cs
  if:Edit.FormUp.Error ?>
  <p class="field-error" id="tep-loi" role="alert"><span class="visually-hidden"><?cs var:Lang.Form.ErrorPrefix ?> </span><?cs var:Edit.FormUp.Error ?></p><?cs
  /if ?>
  <div class="field">
    <label for="dong"><?cs var:Lang.Admin.Form.Doc ?></label>
    <select id="dong" name="dong"><?cs
    loop:i = 0, Rows.d - 1, 1 ?>
      <option value="<?cs var:i + 1 ?>"<?cs if:Edit.FormUp.Row == i + 1 ?> selected<?cs /if ?>><?cs var:i + 1 ?>. <?cs var:Form["d" + i + "_name"].Value ?></option><?cs
    /loop ?>
    </select>
  </div>
  <div class="field">
    <label for="ten"><?cs var:Lang.Admin.Form.Name ?></label>
    <input id="ten" name="ten" type="text" value="<?cs var:Edit.FormUp.Name ?>">
  </div>
  <div class="field<?cs if:Edit.FormUp.Error ?> has-error<?cs /if ?>">
    <label for="tep"><?cs var:Lang.Admin.Form.File ?></label>
    <input id="tep" name="tep" type="file" accept=".pdf,.docx,.odt,.rtf"<?cs if:Edit.FormUp.Error ?> aria-describedby="tep-loi" aria-invalid="true"<?cs /if ?>>
  </div>
  <p class="actions"><button type="submit" class="button"><?cs var:Lang.Admin.Form.Submit ?></button></p>
</form><?cs
/if ?>
</section>

<section aria-labelledby="cach-nop">
<h2 id="cach-nop"><?cs var:Lang.Admin.Cat.Part.Channels ?></h2><?cs
call:cat_form_head("cach-nop", Rows.h) ?><?cs
call:cat_error("channels") ?><?cs
loop:i = 0, Rows.h - 1, 1 ?>
<fieldset class="case"><legend><?cs var:Lang.Admin.Cat.F.channels ?> <?cs var:i + 1 ?></legend><?cs
  set:n = "h" + i + "_channel" ?><?cs
  call:cat_select_open(n, Lang.Admin.Cat.F.channel) ?><?cs
    call:cat_option(n, "", Lang.Admin.Cat.Choose) ?><?cs
    call:cat_option(n, "in_person", Lang.Admin.Cat.V.in_person) ?><?cs
    call:cat_option(n, "online", Lang.Admin.Cat.V.online) ?><?cs
    call:cat_option(n, "post", Lang.Admin.Cat.V.post) ?>
  </select>
</div><?cs
  call:cat_input("h" + i + "_time", Lang.Admin.Cat.F.time, "text") ?><?cs
  set:n = "h" + i + "_unit" ?><?cs
  call:cat_select_open(n, Lang.Admin.Cat.F.time_unit) ?><?cs
    call:cat_option(n, "", Lang.Admin.Cat.Choose) ?><?cs
    call:cat_option(n, "working_days", Lang.Admin.Cat.V.working_days) ?><?cs
    call:cat_option(n, "working_hours", Lang.Admin.Cat.V.working_hours) ?>
  </select>
</div><?cs
  call:cat_input("h" + i + "_fee", Lang.Admin.Cat.F.fee, "text") ?><?cs
  call:cat_input("h" + i + "_charge", Lang.Admin.Cat.F.charge, "text") ?><?cs
  call:cat_input("h" + i + "_fee_note", Lang.Admin.Cat.F.fee_note, "text") ?><?cs
  call:cat_remove("h" + i + "_xoa") ?>
</fieldset><?cs /loop ?><?cs
call:cat_form_foot(Rows.h, Lang.Admin.Cat.AddChannel, Edit.RowsMax.h) ?>
</section>

<section aria-labelledby="quy-trinh">
<h2 id="quy-trinh"><?cs var:Lang.Admin.Cat.Part.Process ?></h2>
<p class="hint"><?cs var:Lang.Admin.Cat.ProcessHint ?> <?cs var:Lang.Admin.Cat.ProcessChannelHint ?></p><?cs
if:subcount(Edit.ProcTime) ?>
<div class="table-wrap"><table id="quy-trinh-theo-cach-nop">
  <caption><?cs var:Lang.Admin.Cat.ProcTimeCaption ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Admin.Cat.F.channel ?></th><th scope="col"><?cs var:Lang.Admin.Cat.ProcTimeSteps ?></th><th scope="col"><?cs var:Lang.Admin.Cat.ProcTimeHours ?></th><th scope="col"><?cs var:Lang.Admin.Cat.ProcTimeLimit ?></th><th scope="col"><?cs var:Lang.Admin.Cat.State ?></th></tr></thead>
  <tbody><?cs each:t = Edit.ProcTime ?>
  <tr><th scope="row"><?cs call:cat_value(t.channel) ?></th><td><?cs var:t.steps ?></td><td><?cs var:t.hours ?></td><td><?cs var:t.limit ?></td><td><?cs
    if:t.late ?><?cs var:Lang.Admin.Cat.ProcTimeLate ?><?cs else ?><?cs var:Lang.Admin.Cat.ProcTimeFits ?><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs /if ?><?cs
call:cat_form_head("quy-trinh", Rows.p) ?><?cs
loop:i = 0, Rows.p - 1, 1 ?>
<fieldset class="case"><legend><?cs var:Lang.Admin.Cat.F.internal_process ?> <?cs var:i + 1 ?></legend><?cs
  call:cat_channel_select("p" + i + "_channel") ?><?cs
  call:cat_input("p" + i + "_step", Lang.Admin.Cat.F.step, "text") ?><?cs
  set:n = "p" + i + "_role" ?><?cs
  call:cat_select_open(n, Lang.Admin.Cat.F.role) ?><?cs
    call:cat_option(n, "", Lang.Admin.Cat.Choose) ?><?cs
    call:cat_option(n, "reception", Lang.Admin.Cat.V.reception) ?><?cs
    call:cat_option(n, "specialist", Lang.Admin.Cat.V.specialist) ?><?cs
    call:cat_option(n, "leader", Lang.Admin.Cat.V.leader) ?>
  </select>
</div><?cs
  call:cat_input("p" + i + "_unit", Lang.Admin.Cat.F.unit, "text") ?><?cs
  call:cat_input("p" + i + "_hours", Lang.Admin.Cat.F.hours, "text") ?><?cs
  call:cat_remove("p" + i + "_xoa") ?>
</fieldset><?cs /loop ?><?cs
call:cat_form_foot(Rows.p, Lang.Admin.Cat.AddProcess, Edit.RowsMax.p) ?>
</section>

<section aria-labelledby="cong-bo">
<h2 id="cong-bo"><?cs var:Lang.Admin.Cat.Part.Publish ?></h2><?cs
if:Edit.Rev == 0 ?>
<p><?cs var:Lang.Admin.Cat.NothingToPublish ?></p><?cs
else ?>
<h3><?cs var:Lang.Admin.Cat.ChecksTitle ?></h3>
<ul class="checks">
  <li><?cs if:Edit.Errors > 0 ?><?cs var:Lang.Admin.Cat.CheckFail ?> <?cs var:Lang.Admin.Cat.CheckErrors ?><?cs else ?><?cs var:Lang.Admin.Cat.CheckOk ?> <?cs var:Lang.Admin.Cat.CheckNoErrors ?><?cs /if ?></li>
  <li><?cs if:Edit.Checks.form_level ?><?cs var:Lang.Admin.Cat.CheckFail ?> <?cs var:Lang.Admin.Cat.Check.form_level ?><?cs else ?><?cs var:Lang.Admin.Cat.CheckOk ?> <?cs var:Lang.Admin.Cat.CheckOkFormLevel ?><?cs /if ?></li>
<?cs if:Edit.Checks.process_time ?><?cs each:t = Edit.Checks.process_time ?>
  <li><?cs var:Lang.Admin.Cat.CheckFail ?> <?cs var:Lang.Admin.Cat.Check.process_time ?> <?cs var:Lang.Admin.Cat.ChannelLower[t.channel] ?> <?cs var:Lang.Admin.Cat.CheckHoursNeed ?> <?cs var:t.hours ?> <?cs var:Lang.Admin.Cat.CheckHoursOf ?> <?cs var:t.limit ?> <?cs var:Lang.Admin.Cat.CheckHoursTail ?></li><?cs /each ?><?cs
  else ?>
  <li><?cs var:Lang.Admin.Cat.CheckOk ?> <?cs var:Lang.Admin.Cat.CheckOkProcess ?></li><?cs /if ?>
  <li><?cs if:Edit.Checks.online_reception ?><?cs var:Lang.Admin.Cat.CheckFail ?> <?cs var:Lang.Admin.Cat.Check.online_reception ?><?cs elif:Edit.Checks.offline ?><?cs var:Lang.Admin.Cat.CheckOk ?> <?cs var:Lang.Admin.Cat.CheckOkOffline ?><?cs else ?><?cs var:Lang.Admin.Cat.CheckOk ?> <?cs var:Lang.Admin.Cat.CheckOkReception ?><?cs /if ?></li>
</ul>
<h3><?cs var:Lang.Admin.Cat.DiffTitle ?></h3><?cs
if:subcount(Edit.Diff) ?><?cs call:cat_diff(Edit.Diff, Lang.Admin.Cat.DiffOld, Lang.Admin.Cat.DiffNew) ?><?cs
else ?><p><?cs var:Lang.Admin.Cat.NoDiff ?></p><?cs /if ?><?cs
if:Admin.Province ?><?cs
  if:Edit.Publishable ?>
<form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc/<?cs var:Edit.Code ?>/cong-bo" class="form">
  <?cs call:csrf() ?><input type="hidden" name="rev" value="<?cs var:Edit.Rev ?>"><?cs
  call:input("so", Lang.Admin.Cat.DecisionNo, "text", "off", 1, Lang.Admin.Cat.DecisionNoHint, 100) ?><?cs
  call:input("ngay", Lang.Admin.Cat.DecisionDate, "date", "off", 1, "", "") ?>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Cat.Publish ?></button></p>
</form><?cs
  else ?><p><?cs var:Lang.Admin.Cat.NotPublishable ?></p><?cs /if ?><?cs
else ?><p><?cs var:Lang.Admin.Cat.ProvincePublishes ?></p><?cs /if ?><?cs
/if ?><?cs
if:Admin.Province && Edit.Published && !Edit.Withdrawn ?>
<h3 id="ngung"><?cs var:Lang.Admin.Cat.WithdrawTitle ?></h3>
<p class="hint"><?cs var:Lang.Admin.Cat.WithdrawHint ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc/<?cs var:Edit.Code ?>/ngung" class="form">
  <?cs call:csrf() ?><?cs
  call:input("tu_ngay", Lang.Admin.Cat.WithdrawOn, "date", "off", 1, "", "") ?><?cs
  call:input("so_qd", Lang.Admin.Cat.DecisionNo, "text", "off", 1, "", 100) ?><?cs
  call:input("ngay_qd", Lang.Admin.Cat.DecisionDate, "date", "off", 1, "", "") ?>
  <p><button type="submit" class="button button-danger"><?cs var:Lang.Admin.Cat.Withdraw ?></button></p>
</form><?cs /if ?>
</section>

<section aria-labelledby="phien-ban">
<h2 id="phien-ban"><?cs var:Lang.Admin.Cat.Part.Versions ?></h2><?cs
if:subcount(Versions) ?><?cs each:v = Versions ?>
<h3><?cs var:Lang.Admin.Cat.Version ?> <?cs var:v.n ?>: <?cs if:v.kind == "withdraw" ?><?cs var:Lang.Admin.Cat.WithdrawnFrom ?> <?cs var:v.withdrawn_on ?><?cs else ?><?cs var:Lang.Admin.Cat.PublishedKind ?><?cs /if ?></h3>
<p><?cs var:Lang.Admin.Cat.DecisionNo ?>: <?cs var:v.decision_no ?>, <?cs var:Lang.Admin.Cat.DecisionDate ?>: <?cs var:v.decision_date ?>. <?cs var:Lang.Admin.Cat.DoneBy ?> <?cs var:v.by_name ?>, <?cs var:v.at ?>.</p><?cs
  if:subcount(v.Changes) ?><?cs call:cat_diff(v.Changes, Lang.Admin.Cat.DiffOld, Lang.Admin.Cat.DiffNew) ?><?cs /if ?><?cs
/each ?><?cs else ?>
<p><?cs var:Lang.Admin.Cat.NoVersions ?></p><?cs /if ?>
</section>
<?cs /def ?>
