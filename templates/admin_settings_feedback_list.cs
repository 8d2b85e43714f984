<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Org.FbTitle ?><?cs
def:fb_status(s) ?><?cs if:s == "new" ?><?cs var:Lang.Admin.Org.FbNew ?><?cs elif:s == "read" ?><?cs var:Lang.Admin.Org.FbRead ?><?cs else ?><?cs var:Lang.Admin.Org.FbAnswered ?><?cs /if ?><?cs /def ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Org.FbTitle ?></h1>
<p><?cs var:Lang.Admin.Org.FbLead ?></p>
<nav aria-label="<?cs var:Lang.Admin.Org.FbFilter ?>"><ul class="links">
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/gop-y"<?cs if:!Page.Filter ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Org.FbAll ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/gop-y?trang_thai=new"<?cs if:Page.Filter == "new" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Org.FbNew ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/gop-y?trang_thai=read"<?cs if:Page.Filter == "read" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Org.FbRead ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/gop-y?trang_thai=answered"<?cs if:Page.Filter == "answered" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Admin.Org.FbAnswered ?></a></li>
</ul></nav>
<?cs if:subcount(Feedback) > 0 ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Admin.Org.FbAt ?></th><th scope="col"><?cs var:Lang.Field.tieu_de ?></th><th scope="col"><?cs var:Lang.Field.ho_ten ?></th><th scope="col"><?cs var:Lang.Staff.Status ?></th></tr></thead>
  <tbody><?cs each:f = Feedback ?>
  <tr><td><?cs var:f.at ?></td><td><a href="<?cs var:Req.BasePath ?>/quan-tri/gop-y/<?cs var:f.id ?>"><?cs var:f.subject ?></a></td><td><?cs var:f.full_name ?></td><td><?cs call:fb_status(f.status) ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs else ?>
<p><?cs var:Lang.Admin.Org.FbEmpty ?></p><?cs /if ?>
<?cs /def ?>
