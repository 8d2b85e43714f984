<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Cat.SubmitTitle ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/thu-tuc"><?cs var:Lang.Cat.ListTitle ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(P.code) ?>"><?cs var:P.name ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Cat.SubmitTitle ?>: <?cs var:P.name ?></h1>
<p class="lead"><?cs var:Lang.Cat.SubmitLead ?></p>
<p class="actions"><a class="button" href="<?cs var:Req.BasePath ?>/tai-khoan/dang-ky"><?cs var:Lang.Cat.SubmitAccount ?></a>
<a class="button button-secondary" href="<?cs var:Req.BasePath ?>/tai-khoan/dang-nhap"><?cs var:Lang.Cat.SubmitLogin ?></a></p>
<h2><?cs var:Lang.Cat.SubmitPrepare ?></h2>
<ul>
  <li><?cs var:Lang.Cat.SubmitPrepare1 ?></li>
  <li><?cs var:Lang.Cat.SubmitPrepare2 ?></li>
  <?cs if:P.level == 4 || P.level22 == 1 ?><li><?cs var:Lang.Cat.SubmitPrepare3 ?></li><?cs /if ?>
</ul>
<h2><?cs var:Lang.Cat.SecDocs ?></h2>
<ul><?cs each:d = P.Docs ?><li><?cs var:d.name ?><?cs if:d.required != 1 ?> (<?cs var:Lang.Cat.RequiredNo ?>)<?cs /if ?></li><?cs /each ?></ul>
<h2><?cs var:Lang.Cat.SubmitNow ?></h2>
<ul><?cs each:a = P.Impl ?><li><a href="<?cs var:Req.BasePath ?>/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a></li><?cs /each ?></ul>
<p><a href="<?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(P.code) ?>"><?cs var:Lang.Cat.BackToProc ?></a></p>
<?cs /def ?>
