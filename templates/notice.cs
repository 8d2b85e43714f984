<?cs include:"macros.cs" ?><?cs set:Page.Title = Notice.title ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/"><?cs var:Lang.Nav.Home ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/thong-bao"><?cs var:Lang.Nav.Notices ?></a></li></ol>
</nav>
<article class="notice">
  <h1><?cs var:Notice.title ?></h1>
  <p class="meta"><?cs var:Lang.Notices.Published ?> <time datetime="<?cs var:Notice.iso ?>"><?cs var:Notice.date ?></time></p>
  <div class="text"><?cs var:Notice.body ?></div>
</article>
<?cs /def ?>
