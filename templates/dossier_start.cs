<?cs include:"macros.cs" ?><?cs include:"payment_parts.cs" ?><?cs set:Page.Title = Lang.Dossier.StartTitle ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/thu-tuc"><?cs var:Lang.Cat.ListTitle ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(Proc.code) ?>"><?cs var:Proc.name ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Dossier.StartTitle ?>: <?cs var:Proc.name ?></h1>
<?cs if:Proc.level == 4 && !Start.Staff ?><div class="alert alert-warn" role="note" id="ban-giay"><p><?cs var:Lang.Dossier.PaperBefore ?></p><?cs
  if:subcount(Proc.Required) > 0 ?><ul><?cs each:r = Proc.Required ?><li><?cs var:r.name ?><?cs if:r.case_name ?> (<?cs var:Lang.Dossier.Case ?>: <?cs var:r.case_name ?>)<?cs /if ?></li><?cs /each ?></ul><?cs /if ?></div><?cs /if ?>
<?cs if:!User.Name ?>
<p class="lead"><?cs var:Lang.Dossier.LoginFirst ?></p>
<p class="actions"><a class="button" href="<?cs var:Req.BasePath ?>/tai-khoan/dang-nhap?tiep=<?cs var:url_escape(Req.BasePath + "/ho-so/nop/" + Proc.code) ?>"><?cs var:Lang.Acct.LoginButton ?></a>
<a class="button button-secondary" href="<?cs var:Req.BasePath ?>/tai-khoan/dang-ky?tiep=<?cs var:url_escape("/ho-so/nop/" + Proc.code) ?>"><?cs var:Lang.Acct.RegisterLink ?></a></p>
<h2><?cs var:Lang.Dossier.Prepare ?></h2>
<ul><li><?cs var:Lang.Dossier.Prepare1 ?></li><?cs if:Proc.level == 4 ?><li><?cs var:Lang.Dossier.Prepare2 ?></li><?cs /if ?></ul>
<?cs call:pay_due(Fee) ?>
<?cs elif:Start.Staff ?>
<div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.StaffNo ?></p></div>
<?cs else ?>
<p class="lead"><?cs var:Lang.Dossier.StartLead ?></p>
<?cs call:pay_due(Fee) ?>
<?cs call:down_box() ?><?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/ho-so/nop/<?cs var:url_escape(Proc.code) ?>" novalidate>
  <?cs call:csrf() ?>
  <input type="hidden" name="ma_phieu" value="<?cs var:Form.ma_phieu.Value ?>">
  <p class="hint"><?cs var:Lang.Form.RequiredNote ?></p>
  <?cs if:subcount(Proc.Cases) > 0 ?>
  <fieldset class="field<?cs if:Form.truong_hop.Error ?> has-error<?cs /if ?>" id="truong_hop">
    <legend><?cs var:Lang.Dossier.Case ?> <span class="req" aria-hidden="true">*</span></legend>
    <p class="hint"><?cs var:Lang.Dossier.CaseHint ?></p>
    <?cs call:field_error("truong_hop") ?>
    <?cs each:c = Proc.Cases ?><label class="choice"><input type="radio" name="truong_hop" value="<?cs var:c.key ?>"<?cs if:Form.truong_hop.Value == c.key || (subcount(Proc.Cases) == 1) ?> checked<?cs /if ?>> <?cs var:c.name ?></label>
    <?cs /each ?>
  </fieldset><?cs /if ?>
  <?cs if:subcount(Proc.Agencies) > 1 ?>
  <fieldset class="field<?cs if:Form.co_quan.Error ?> has-error<?cs /if ?>" id="co_quan">
    <legend><?cs var:Lang.Dossier.AgencyChoice ?> <span class="req" aria-hidden="true">*</span></legend>
    <?cs call:field_error("co_quan") ?>
    <?cs each:a = Proc.Agencies ?><label class="choice"><input type="radio" name="co_quan" value="<?cs var:a.code ?>"<?cs if:Form.co_quan.Value == a.code ?> checked<?cs /if ?>> <?cs var:a.name ?></label>
    <?cs /each ?>
  </fieldset><?cs /if ?>
  <?cs call:applicant_fields() ?>
  <p><button type="submit" class="button"><?cs var:Lang.Dossier.StartButton ?></button></p>
</form>
<?cs /if ?>
<?cs /def ?>
