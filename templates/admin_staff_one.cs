<?cs include:"macros.cs" ?><?cs set:Page.Title = Member.full_name ?><?cs
def:body() ?>
<h1><?cs var:Member.full_name ?></h1>
<?cs if:Query.da_moi == "1" && Member.status == "pending" ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Admin.Org.Invited ?></p></div><?cs /if ?>
<?cs call:error_summary() ?>
<dl class="facts">
  <dt><?cs var:Lang.Staff.Email ?></dt><dd><?cs var:Member.email ?></dd>
  <?cs if:Member.phone ?><dt><?cs var:Lang.Staff.Phone ?></dt><dd><?cs var:Member.phone ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Acct.Agency ?></dt><dd><?cs var:Member.agency_name ?> (<?cs var:Member.agency_code ?>)</dd>
  <dt><?cs var:Lang.Staff.Roles ?></dt><dd><?cs each:r = Member.Role ?><?cs if:name(r) != "0" ?>, <?cs /if ?><?cs call:staff_role(r) ?><?cs /each ?></dd>
  <dt><?cs var:Lang.Staff.Status ?></dt><dd><?cs if:Member.status == "pending" ?><?cs var:Lang.Admin.Org.StatusInvited ?><?cs else ?><?cs call:staff_status(Member.status) ?><?cs /if ?></dd>
  <dt><?cs var:Lang.Staff.TwoFactor ?></dt><dd><?cs if:Member.totp_enabled == "1" ?><?cs var:Lang.Staff.TwoFactorOn ?><?cs else ?><?cs var:Lang.Staff.TwoFactorOff ?><?cs /if ?></dd>
  <dt><?cs var:Lang.Staff.Created ?></dt><dd><?cs var:Member.created_at ?></dd>
</dl>
<?cs if:Page.MayChange ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien/<?cs var:Member.id ?>/vai-tro" novalidate>
  <?cs call:csrf() ?>
  <fieldset class="field<?cs if:Form.vai_tro.Error ?> has-error<?cs /if ?>" id="vai_tro"<?cs if:Form.vai_tro.Error ?> aria-describedby="vai_tro-loi"<?cs /if ?>>
    <legend><?cs var:Lang.Admin.Org.RolesLegend ?></legend>
    <?cs call:field_error("vai_tro") ?>
    <?cs each:c = Page.RoleChoice ?><div class="check"><input type="checkbox" id="vai_tro_<?cs var:c ?>" name="vai_tro_<?cs var:c ?>" value="1"<?cs if:Form["vai_tro_" + c].Value == "1" ?> checked<?cs /if ?>> <label for="vai_tro_<?cs var:c ?>"><?cs call:staff_role(c) ?></label></div>
    <?cs /each ?>
  </fieldset>
  <p class="hint"><?cs var:Lang.Admin.Org.RolesHint ?></p>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Org.RolesSave ?></button></p>
</form>
<form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien/<?cs var:Member.id ?>/<?cs if:Member.status == "disabled" ?>mo-khoa<?cs else ?>khoa<?cs /if ?>">
  <?cs call:csrf() ?>
  <p><button type="submit" class="button<?cs if:Member.status != "disabled" ?> button-danger<?cs /if ?>"><?cs if:Member.status == "disabled" ?><?cs var:Lang.Staff.Enable ?><?cs else ?><?cs var:Lang.Staff.Disable ?><?cs /if ?></button></p>
</form><?cs elif:!Page.Self ?><p><?cs var:Lang.Admin.Org.NotYours ?></p><?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien"><?cs var:Lang.Staff.Back ?></a></p>
<?cs /def ?>
