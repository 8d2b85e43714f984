<?cs # GET /quan-tri (pages/admin_catalog.c p_admin_home): administration's
  home, one link per section the person may use; each section adds its
  line here. ?><?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Cat.HomeTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Cat.HomeTitle ?></h1>
<p class="lead"><?cs var:Lang.Admin.Cat.HomeLead ?></p>
<ul class="links">
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc"><?cs var:Lang.Admin.Cat.ListTitle ?></a> – <?cs var:Lang.Admin.Cat.HomeCatalog ?></li>
<?cs if:Admin.Province ?>
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/co-quan"><?cs var:Lang.Admin.Agency.Link ?></a></li><?cs /if ?>
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/nhan-vien"><?cs var:Lang.Staff.StaffLink ?></a><?cs if:Menu.Role.province ?> · <a href="<?cs var:Req.BasePath ?>/quan-tri/lich"><?cs var:Lang.Admin.Org.CalTitle ?></a> · <a href="<?cs var:Req.BasePath ?>/quan-tri/gop-y"><?cs var:Lang.Admin.Org.FbTitle ?></a> · <a href="<?cs var:Req.BasePath ?>/quan-tri/thong-bao"><?cs var:Lang.Admin.Org.AnnTitle ?></a> · <a href="<?cs var:Req.BasePath ?>/quan-tri/mau-thong-bao"><?cs var:Lang.Admin.Org.ProfileTitle ?></a> · <a href="<?cs var:Req.BasePath ?>/quan-tri/muc-do"><?cs var:Lang.Admin.Level.Link ?></a><?cs /if ?></li>
</ul>
<?cs /def ?>
