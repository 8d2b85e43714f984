<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Org.ProfileTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Org.ProfileTitle ?></h1>
<p><?cs var:Lang.Admin.Org.ProfileNow ?> <strong id="bo-mau-hien-hanh"><?cs var:Profile.Circular ?></strong>.</p>
<p><?cs var:Lang.Admin.Org.ProfileLead ?></p>
<?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/quan-tri/mau-thong-bao" novalidate>
  <?cs call:csrf() ?>
  <fieldset class="field<?cs if:Form.bo_mau.Error ?> has-error<?cs /if ?>" id="bo_mau"<?cs if:Form.bo_mau.Error ?> aria-describedby="bo_mau-loi"<?cs /if ?>>
    <legend><?cs var:Lang.Field.bo_mau ?></legend>
    <?cs call:field_error("bo_mau") ?>
    <div class="check"><input type="radio" id="bo_mau_2018" name="bo_mau" value="2018"<?cs if:Profile.Now == "2018" ?> checked<?cs /if ?>> <label for="bo_mau_2018"><?cs var:Lang.Admin.Org.Profile2018 ?></label></div>
    <div class="check"><input type="radio" id="bo_mau_2025" name="bo_mau" value="2025"<?cs if:Profile.Now == "2025" ?> checked<?cs /if ?>> <label for="bo_mau_2025"><?cs var:Lang.Admin.Org.Profile2025 ?></label></div>
    <div class="check"><input type="radio" id="bo_mau_cau-hinh" name="bo_mau" value="cau-hinh"> <label for="bo_mau_cau-hinh"><?cs var:Lang.Admin.Org.ProfileConfig ?> (<?cs var:Profile.Config ?>)</label></div>
  </fieldset>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Org.ProfileSave ?></button></p>
</form>
<?cs /def ?>
