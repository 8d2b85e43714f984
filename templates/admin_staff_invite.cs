<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Org.InviteTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Org.InviteTitle ?></h1>
<p><?cs var:Lang.Admin.Org.InviteLead ?></p>
<?cs call:error_summary() ?><?cs call:down_box() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien/moi" novalidate>
  <?cs call:csrf() ?>
  <?cs call:input("ho_ten", Lang.Field.ho_ten, "text", "off", 1, "", 100) ?>
  <?cs call:input("email", Lang.Field.email, "email", "off", 1, Lang.Admin.Org.EmailHint, 254) ?>
  <?cs call:input("dien_thoai", Lang.Field.dien_thoai, "tel", "off", 0, "", 20) ?>
  <?cs if:Page.PickAgency ?>
  <div class="field<?cs if:Form.co_quan_id.Error ?> has-error<?cs /if ?>">
    <label for="co_quan_id"><?cs var:Lang.Field.co_quan_id ?> <span class="req" aria-hidden="true">*</span></label>
    <?cs call:field_error("co_quan_id") ?>
    <select id="co_quan_id" name="co_quan_id" required<?cs call:field_describedby("co_quan_id", "") ?>>
      <option value=""><?cs var:Lang.Admin.Org.AgencyPick ?></option><?cs each:a = Agencies ?>
      <option value="<?cs var:a.id ?>"<?cs if:Form.co_quan_id.Value == a.id ?> selected<?cs /if ?>><?cs var:a.name ?> (<?cs var:a.code ?>)</option><?cs /each ?>
    </select>
  </div><?cs else ?>
  <p><?cs var:Lang.Acct.Agency ?>: <strong><?cs var:Page.Own.agency_name ?></strong></p><?cs /if ?>
  <fieldset class="field<?cs if:Form.vai_tro.Error ?> has-error<?cs /if ?>" id="vai_tro"<?cs if:Form.vai_tro.Error ?> aria-describedby="vai_tro-loi"<?cs /if ?>>
    <legend><?cs var:Lang.Admin.Org.RolesLegend ?> <span class="req" aria-hidden="true">*</span></legend>
    <?cs call:field_error("vai_tro") ?>
    <?cs each:c = Page.RoleChoice ?><div class="check"><input type="checkbox" id="vai_tro_<?cs var:c ?>" name="vai_tro_<?cs var:c ?>" value="1"<?cs if:Form["vai_tro_" + c].Value == "1" ?> checked<?cs /if ?>> <label for="vai_tro_<?cs var:c ?>"><?cs call:staff_role(c) ?></label></div>
    <?cs /each ?>
  </fieldset>
  <p class="hint"><?cs var:Lang.Admin.Org.AdminHint ?></p>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Org.InviteButton ?></button></p>
</form>
<p><a href="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien"><?cs var:Lang.Staff.Back ?></a></p>
<?cs /def ?>
