<?cs include:"macros.cs" ?><?cs include:"payment_parts.cs" ?><?cs set:Page.Title = Lang.Dossier.ReviewTitle ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/ho-so"><?cs var:Lang.Dossier.ListTitle ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:Dossier.D.id ?>"><?cs var:Lang.Dossier.DraftTitle ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Dossier.ReviewTitle ?></h1>
<p class="lead"><?cs var:Lang.Dossier.ReviewLead ?></p>
<?cs call:down_box() ?><?cs call:error_summary() ?>
<?cs if:Form.Failure == "incomplete" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.Incomplete ?></p></div><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
  <?cs if:Dossier.D.case_name ?><dt><?cs var:Lang.Dossier.Case ?></dt><dd><?cs var:Dossier.D.case_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Dossier.D.agency_name ?></dd>
  <?cs if:Dossier.D.limit_time ?><dt><?cs var:Lang.Dossier.Review.Limit ?></dt><dd id="thoi-han"><?cs var:Dossier.D.limit_time ?> <?cs call:unit(Dossier.D.limit_unit) ?> <?cs var:Lang.Dossier.Review.LimitFrom ?></dd><?cs /if ?>
</dl>
<h2 class="with-edit"><?cs var:Lang.Dossier.Applicant2 ?> <a class="edit" href="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:Dossier.D.id ?>#nguoi-nop"><?cs var:Lang.Dossier.Review.Edit ?><span class="visually-hidden"> <?cs var:Lang.Dossier.Review.EditApplicant ?></span></a></h2>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Dossier.D.applicant_name ?><?cs if:Dossier.D.on_behalf == 1 ?> (<?cs var:Lang.Dossier.OnBehalf ?>)<?cs /if ?></dd>
  <dt><?cs var:Lang.Field.so_dinh_danh ?></dt><dd><?cs var:Dossier.D.applicant_id_number ?></dd>
  <dt><?cs var:Lang.Field.dien_thoai ?></dt><dd><?cs var:Dossier.D.applicant_phone ?></dd>
  <?cs if:Dossier.D.applicant_email ?><dt><?cs var:Lang.Field.email ?></dt><dd><?cs var:Dossier.D.applicant_email ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Field.dia_chi ?></dt><dd><?cs var:Dossier.D.applicant_address ?></dd>
  <?cs if:Dossier.D.applicant_org ?><dt><?cs var:Lang.Field.ten_to_chuc ?></dt><dd><?cs var:Dossier.D.applicant_org ?></dd><?cs /if ?>
</dl>
<?cs call:missing_box() ?>
<?cs if:Dossier.D.proc_level == 4 ?><?cs if:Dossier.nunsigned > 0 ?><div class="alert alert-warn" role="status" id="ban-giay"><p><?cs var:Lang.Dossier.PaperReview ?></p><ul><?cs each:u = Dossier.Unsigned ?><li><?cs var:u.name ?></li><?cs /each ?></ul></div><?cs
  else ?><p class="ok-note" id="ban-giay"><?cs var:Lang.Dossier.PaperReviewSigned ?></p><?cs /if ?><?cs /if ?>
<?cs call:pay_due(Fee) ?>
<h2 class="with-edit"><?cs var:Lang.Dossier.Files ?> <a class="edit" href="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:Dossier.D.id ?>#giay-to"><?cs var:Lang.Dossier.Review.Edit ?><span class="visually-hidden"> <?cs var:Lang.Dossier.Review.EditFiles ?></span></a></h2>
<?cs call:dossier_files(Dossier.Docs, 0) ?>
<h2><?cs var:Lang.Dossier.Review.NextTitle ?></h2>
<ol class="steps" id="sau-khi-nop">
  <li><?cs var:Lang.Dossier.Review.Next1 ?></li>
  <li><?cs var:Lang.Dossier.Review.Next2 ?><?cs if:Dossier.D.limit_time ?> <?cs var:Lang.Dossier.Review.Next2Limit ?> <?cs var:Dossier.D.limit_time ?> <?cs call:unit(Dossier.D.limit_unit) ?>.<?cs /if ?></li>
  <li><?cs var:Lang.Dossier.Review.Next3 ?></li>
  <li><?cs var:Lang.Dossier.Review.Next4 ?></li>
</ol>
<?cs if:Dossier.nmissing == 0 ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:Dossier.D.id ?>/nop" novalidate>
  <?cs call:csrf() ?>
  <div class="field declare<?cs if:Form.cam_doan.Error ?> has-error<?cs /if ?>" id="cam_doan-nhom">
    <?cs call:field_error("cam_doan") ?>
    <label class="choice" for="cam_doan"><input type="checkbox" id="cam_doan" name="cam_doan" value="1"<?cs if:Form.cam_doan.Error ?> aria-invalid="true" aria-describedby="cam_doan-loi"<?cs /if ?>> <?cs var:Lang.Dossier.Declare ?></label>
  </div>
  <p><button type="submit" class="button"><?cs var:Lang.Dossier.SubmitButton ?></button></p>
</form><?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:Dossier.D.id ?>"><?cs var:Lang.Dossier.BackToDraft ?></a></p>
<?cs /def ?>
