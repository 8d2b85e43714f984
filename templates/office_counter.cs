<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Counter.Title ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan"><?cs var:Lang.Office.QueueTitle ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Counter.Title ?></h1>
<p class="lead"><?cs var:Lang.Counter.Lead ?></p>
<?cs call:down_box() ?><?cs call:error_summary() ?>
<?cs if:subcount(Counter.Twins) > 0 ?>
<div class="alert alert-warn" role="alert" tabindex="-1" id="ho-so-trung">
  <h2><?cs var:Lang.Counter.TwinTitle ?></h2>
  <p><?cs var:Lang.Counter.TwinText ?></p>
  <ul><?cs each:t = Counter.Twins ?><li><?cs if:t.code ?><?cs var:t.code ?><?cs else ?><a href="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan/truc-tiep/<?cs var:t.id ?>"><?cs var:Lang.Counter.TwinDraft ?></a><?cs /if ?> – <?cs var:t.created ?></li><?cs /each ?></ul>
</div><?cs /if ?>
<?cs if:Counter.Found ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Counter.Found ?></p></div><?cs /if ?>
<?cs if:Counter.NotFound ?><div class="alert alert-warn" role="status"><p><?cs var:Lang.Counter.NotFound ?></p></div><?cs /if ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/can-bo/tiep-nhan/truc-tiep" novalidate>
  <?cs call:csrf() ?>
  <input type="hidden" name="ma_phieu" value="<?cs var:Form.ma_phieu.Value ?>">
  <fieldset class="group">
    <legend><?cs var:Lang.Counter.Applicant ?></legend>
    <?cs call:input("so_dinh_danh", Lang.Field.so_dinh_danh, "text", "off", 1, Lang.Counter.IdHint, 12) ?>
    <p><button type="submit" class="button button-secondary" name="tim" value="1"><?cs var:Lang.Counter.Find ?></button></p>
    <?cs call:input("ho_ten", Lang.Field.ho_ten, "text", "off", 1, "", 100) ?>
    <?cs call:input("ngay_sinh", Lang.Field.ngay_sinh, "text", "off", 0, Lang.Acct.BirthHint, 10) ?>
    <?cs call:input("dien_thoai", Lang.Field.dien_thoai, "tel", "off", 1, "", 20) ?>
    <?cs call:input("email", Lang.Field.email, "email", "off", 0, Lang.Counter.EmailHint, 254) ?>
    <?cs call:input("dia_chi", Lang.Field.dia_chi, "text", "off", 1, "", 300) ?>
  </fieldset>
  <fieldset class="group<?cs if:Form.kenh.Error ?> has-error<?cs /if ?>" id="kenh">
    <legend><?cs var:Lang.Field.kenh ?> <span class="req" aria-hidden="true">*</span></legend>
    <?cs call:field_error("kenh") ?>
    <label class="choice" for="kenh-quay"><input type="radio" id="kenh-quay" name="kenh" value="quay"<?cs if:Form.kenh.Value == "quay" ?> checked<?cs /if ?>> <?cs var:Lang.Counter.ChCounter ?></label>
    <label class="choice" for="kenh-buu-chinh"><input type="radio" id="kenh-buu-chinh" name="kenh" value="buu-chinh"<?cs if:Form.kenh.Value == "buu-chinh" ?> checked<?cs /if ?>> <?cs var:Lang.Counter.ChPost ?></label>
  </fieldset>
  <div class="field<?cs if:Form.thu_tuc.Error ?> has-error<?cs /if ?>">
    <label for="thu_tuc"><?cs var:Lang.Field.thu_tuc ?> <span class="req" aria-hidden="true">*</span></label>
    <?cs call:field_error("thu_tuc") ?>
    <select id="thu_tuc" name="thu_tuc"<?cs call:field_describedby("thu_tuc", "") ?>>
      <option value=""><?cs var:Lang.Counter.ChooseProc ?></option>
      <?cs each:p = Counter.Procs ?><option value="<?cs var:p.code ?>"<?cs if:Form.thu_tuc.Value == p.code ?> selected<?cs /if ?>><?cs var:p.code ?> – <?cs var:p.name ?></option><?cs /each ?>
    </select>
  </div>
  <div class="field<?cs if:Form.truong_hop.Error ?> has-error<?cs /if ?>">
    <label for="truong_hop"><?cs var:Lang.Field.truong_hop ?> <span class="opt"><?cs var:Lang.Counter.CaseOpt ?></span></label>
    <?cs call:field_error("truong_hop") ?>
    <select id="truong_hop" name="truong_hop"<?cs call:field_describedby("truong_hop", "") ?>>
      <option value=""><?cs var:Lang.Counter.NoCaseChoice ?></option>
      <?cs each:c = Counter.ProcsCases ?><option value="<?cs var:c.key ?>"<?cs if:Form.truong_hop.Value == c.key && Form.thu_tuc.Value == c.proc_code ?> selected<?cs /if ?>><?cs var:c.proc_code ?> – <?cs var:c.name ?></option><?cs /each ?>
    </select>
  </div>
  <?cs if:subcount(Counter.Twins) > 0 ?>
  <div class="field">
    <label class="choice" for="xac_nhan"><input type="checkbox" id="xac_nhan" name="xac_nhan" value="1"> <?cs var:Lang.Counter.TwinConfirm ?></label>
  </div><?cs /if ?>
  <p class="actions"><button type="submit" class="button"><?cs var:Lang.Counter.Next ?></button></p>
</form>
<?cs /def ?>
