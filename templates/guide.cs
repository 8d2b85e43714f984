<?cs include:"macros.cs" ?><?cs set:Page.Title = Guide[GuideSlug].Title ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/huong-dan"><?cs var:Lang.Guide.Title ?></a></li></ol>
</nav>
<?cs with:g = Guide[GuideSlug] ?>
<article class="guide">
  <h1><?cs var:g.Title ?></h1>
  <p class="lead"><?cs var:g.Summary ?></p>
  <?cs each:s = g.Steps ?>
  <section><h2><?cs var:s.Title ?></h2><p class="text"><?cs var:s.Text ?></p></section>
  <?cs /each ?>
</article>
<?cs /with ?>
<?cs /def ?>
