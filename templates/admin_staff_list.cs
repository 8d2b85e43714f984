<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Staff.ListTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Staff.ListTitle ?></h1>
<p><a class="button" href="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien/moi"><?cs var:Lang.Admin.Org.InviteLink ?></a></p>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Staff.Name ?></th><th scope="col"><?cs var:Lang.Staff.Email ?></th><th scope="col"><?cs var:Lang.Acct.Agency ?></th><th scope="col"><?cs var:Lang.Staff.Roles ?></th><th scope="col"><?cs var:Lang.Staff.Status ?></th></tr></thead>
  <tbody><?cs each:s = Staff ?>
  <tr><td><a href="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien/<?cs var:s.id ?>"><?cs var:s.full_name ?></a></td><td><?cs var:s.email ?></td><td><?cs var:s.agency_name ?></td><td><?cs each:r = s.Role ?><?cs if:name(r) != "0" ?>, <?cs /if ?><?cs call:staff_role(r) ?><?cs /each ?></td><td><?cs call:staff_status(s.status) ?></td></tr><?cs /each ?>
  </tbody>
</table></div>
<?cs /def ?>
