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
