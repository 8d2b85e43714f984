<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Acct.RegisterTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Acct.RegisterTitle ?></h1>
<p class="lead"><?cs var:Lang.Acct.RegisterLead ?></p>
<?cs if:Form.Failure == "limit" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Acct.FailRegisterLimit ?></p></div><?cs /if ?>
<?cs call:down_box() ?><?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/tai-khoan/dang-ky" novalidate>
  <?cs call:csrf() ?>
  <?cs if:Form.tiep.Value ?><input type="hidden" name="tiep" value="<?cs var:Form.tiep.Value ?>"><?cs /if ?>
  <p class="hint"><?cs var:Lang.Form.RequiredNote ?></p>
  <fieldset class="field<?cs if:Form.loai.Error ?> has-error<?cs /if ?>" id="loai">
    <legend><?cs var:Lang.Field.loai ?> <span class="req" aria-hidden="true">*</span></legend>
    <?cs call:field_error("loai") ?>
    <label class="choice"><input type="radio" name="loai" value="ca_nhan"<?cs if:Form.loai.Value != "to_chuc" ?> checked<?cs /if ?>> <?cs var:Lang.Acct.KindCitizen ?></label>
    <label class="choice"><input type="radio" name="loai" value="to_chuc"<?cs if:Form.loai.Value == "to_chuc" ?> checked<?cs /if ?>> <?cs var:Lang.Acct.KindOrg ?></label>
  </fieldset>
  <?cs call:input("ho_ten", Lang.Field.ho_ten, "text", "name", 1, "", 100) ?>
  <?cs call:input("so_dinh_danh", Lang.Field.so_dinh_danh, "text", "off", 1, Lang.Acct.CccdHint, 12) ?>
  <?cs call:input("ngay_sinh", Lang.Field.ngay_sinh, "text", "bday", 1, Lang.Acct.BirthHint, 10) ?>
  <?cs call:input("dien_thoai", Lang.Field.dien_thoai, "tel", "tel", 1, Lang.Feedback.PhoneHint, 20) ?>
  <?cs call:input("email", Lang.Field.email, "email", "email", 1, "", 254) ?>
  <?cs call:input("dia_chi", Lang.Field.dia_chi, "text", "street-address", 1, "", 300) ?>
  <fieldset class="group">
    <legend><?cs var:Lang.Acct.OrgSection ?></legend>
    <p class="hint"><?cs var:Lang.Acct.OrgSectionHint ?></p>
    <?cs call:input("ten_to_chuc", Lang.Field.ten_to_chuc, "text", "organization", 0, "", 200) ?>
    <?cs call:input("ma_so_thue", Lang.Field.ma_so_thue, "text", "off", 0, "", 14) ?>
    <?cs call:input("nguoi_dai_dien", Lang.Field.nguoi_dai_dien, "text", "off", 0, "", 100) ?>
  </fieldset>
  <?cs call:input("mat_khau", Lang.Field.mat_khau, "password", "new-password", 1, Lang.Acct.PasswordHint, 128) ?>
  <?cs call:input("nhap_lai", Lang.Field.nhap_lai, "password", "new-password", 1, "", 128) ?>
  <div class="field<?cs if:Form.dong_y.Error ?> has-error<?cs /if ?>">
    <?cs call:field_error("dong_y") ?>
    <label class="choice" for="dong_y"><input type="checkbox" id="dong_y" name="dong_y" value="1"<?cs if:Form.dong_y.Value == "1" ?> checked<?cs /if ?><?cs if:Form.dong_y.Error ?> aria-invalid="true" aria-describedby="dong_y-loi"<?cs /if ?>> <?cs var:Lang.Acct.AgreeLabel ?></label>
  </div>
  <p><button type="submit" class="button"><?cs var:Lang.Acct.RegisterButton ?></button></p>
</form>
<?cs /def ?>
