<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Guide.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Guide.Title ?></h1>
<p class="lead"><?cs var:Lang.Guide.Lead ?></p>
<ol class="guide-list"><?cs each:g = Guide ?>
  <li><a href="<?cs var:Req.BasePath ?>/huong-dan/<?cs var:url_escape(g.Slug) ?>"><?cs var:g.Title ?></a><br><span class="small"><?cs var:g.Summary ?></span></li>
<?cs /each ?></ol>
<?cs /def ?>
