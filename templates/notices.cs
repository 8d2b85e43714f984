<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Notices.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Notices.Title ?></h1>
<?cs if:Page.IgnoredPage ?><p class="note" role="status"><?cs var:Lang.Notices.BadPage ?></p><?cs /if ?>
<?cs if:subcount(Notices) ?>
<p class="count"><?cs var:Lang.Notices.Total ?> <?cs var:Pager.Total ?></p>
<ul class="notice-list notice-list-long">
  <?cs each:n = Notices ?>
  <li>
    <h2><a href="<?cs var:Req.BasePath ?>/thong-bao/<?cs var:n.id ?>"><?cs var:n.title ?></a></h2>
    <time datetime="<?cs var:n.iso ?>"><?cs var:n.date ?></time>
    <p class="excerpt"><?cs var:n.excerpt ?>…</p>
  </li>
  <?cs /each ?>
</ul>
<?cs if:Pager.Pages > 1 ?>
<nav class="pager" aria-label="<?cs var:Lang.Pager.Label ?>">
  <?cs if:Pager.Prev ?><a rel="prev" href="<?cs var:Req.BasePath ?>/thong-bao?trang=<?cs var:Pager.Prev ?>"><?cs var:Lang.Pager.Prev ?></a><?cs /if ?>
  <span><?cs var:Lang.Pager.Page ?> <?cs var:Pager.Page ?> / <?cs var:Pager.Pages ?></span>
  <?cs if:Pager.Next ?><a rel="next" href="<?cs var:Req.BasePath ?>/thong-bao?trang=<?cs var:Pager.Next ?>"><?cs var:Lang.Pager.Next ?></a><?cs /if ?>
</nav>
<?cs /if ?>
<?cs else ?>
<p><?cs var:Lang.Notices.None ?></p>
<?cs /if ?>
<?cs /def ?>
