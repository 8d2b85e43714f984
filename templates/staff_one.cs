<?cs include:"macros.cs" ?><?cs set:Page.Title = Member.full_name ?><?cs
def:body() ?>
<h1><?cs var:Member.full_name ?></h1>
<dl class="facts">
  <dt><?cs var:Lang.Staff.Email ?></dt><dd><?cs var:Member.email ?></dd>
  <?cs if:Member.phone ?><dt><?cs var:Lang.Staff.Phone ?></dt><dd><?cs var:Member.phone ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Acct.Agency ?></dt><dd><?cs var:Member.agency_name ?> (<?cs var:Member.agency_code ?>)</dd>
  <dt><?cs var:Lang.Staff.Roles ?></dt><dd><?cs var:Member.roles ?></dd>
  <dt><?cs var:Lang.Staff.Status ?></dt><dd><?cs call:staff_status(Member.status) ?></dd>
  <dt><?cs var:Lang.Staff.TwoFactor ?></dt><dd><?cs if:Member.totp_enabled == "1" ?><?cs var:Lang.Staff.TwoFactorOn ?><?cs else ?><?cs var:Lang.Staff.TwoFactorOff ?><?cs /if ?></dd>
  <dt><?cs var:Lang.Staff.Created ?></dt><dd><?cs var:Member.created_at ?></dd>
</dl>
<?cs if:!Page.Self ?>
<form method="post" action="<?cs var:Req.BasePath ?>/can-bo/nhan-vien/<?cs var:Member.id ?>/<?cs if:Member.status == "disabled" ?>mo-khoa<?cs else ?>khoa<?cs /if ?>">
  <?cs call:csrf() ?>
  <p><button type="submit" class="button<?cs if:Member.status != "disabled" ?> button-danger<?cs /if ?>"><?cs if:Member.status == "disabled" ?><?cs var:Lang.Staff.Enable ?><?cs else ?><?cs var:Lang.Staff.Disable ?><?cs /if ?></button></p>
</form><?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/can-bo/nhan-vien"><?cs var:Lang.Staff.Back ?></a></p>
<?cs /def ?>
