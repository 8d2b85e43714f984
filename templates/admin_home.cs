<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Org.HomeTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Org.HomeTitle ?></h1>
<ul class="links">
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien"><?cs var:Lang.Staff.StaffLink ?></a><?cs if:Menu.Role.province ?> · <a href="<?cs var:Req.BasePath ?>/quan-tri/lich"><?cs var:Lang.Admin.Org.CalTitle ?></a> · <a href="<?cs var:Req.BasePath ?>/quan-tri/gop-y"><?cs var:Lang.Admin.Org.FbTitle ?></a> · <a href="<?cs var:Req.BasePath ?>/quan-tri/thong-bao"><?cs var:Lang.Admin.Org.AnnTitle ?></a> · <a href="<?cs var:Req.BasePath ?>/quan-tri/mau-thong-bao"><?cs var:Lang.Admin.Org.ProfileTitle ?></a><?cs /if ?></li>
</ul>
<?cs /def ?>
