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
  <input id="<?cs var:name ?>" name="<?cs var:name ?>" type="<?cs var:type ?>" value="<?cs var:Form[name].Value ?>"<?cs if:autocomplete ?> autocomplete="<?cs var:autocomplete ?>"<?cs /if ?><?cs if:required ?> required<?cs /if ?><?cs if:maxlen ?> maxlength="<?cs var:maxlen ?>"<?cs /if ?><?cs call:field_describedby(name, hint) ?>>
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
  if:Form.ErrorCount ?>
<div class="alert alert-error" role="alert" tabindex="-1" id="loi-bieu-mau">
  <h2><?cs var:Lang.Form.ErrorSummary ?></h2>
  <ul><?cs each:f = Form ?><?cs if:f.Error ?>
    <li><a href="#<?cs name:f ?>"><?cs var:Lang.Field[name(f)] ?>: <?cs var:f.Error ?></a></li><?cs /if ?><?cs /each ?>
  </ul>
</div><?cs
  /if ?><?cs
/def ?><?cs
def:down_box() ?><?cs
  if:Form.Failure == "down" ?>
<div class="alert alert-error" role="alert">
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
  else ?><?cs var:Lang.Staff.RoleProvinceAdmin ?><?cs /if ?><?cs
/def ?><?cs
def:staff_status(s) ?><?cs
  if:s == "active" ?><?cs var:Lang.Staff.StatusActive ?><?cs
  elif:s == "disabled" ?><?cs var:Lang.Staff.StatusDisabled ?><?cs
  else ?><?cs var:Lang.Staff.StatusPending ?><?cs /if ?><?cs
/def ?>
