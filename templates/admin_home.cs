<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.HomeTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.HomeTitle ?></h1>
<ul class="links">
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/co-quan"><?cs var:Lang.Admin.Agency.Link ?></a></li>
</ul>
<?cs /def ?>
