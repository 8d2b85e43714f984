<?cs include:"macros.cs" ?><?cs include:"procedure_parts.cs" ?><?cs set:Page.Title = P.name ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/thu-tuc"><?cs var:Lang.Cat.ListTitle ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/linh-vuc/<?cs var:url_escape(P.field_slug) ?>"><?cs var:P.field_name ?></a></li></ol>
</nav>
<article class="procedure">
  <h1><?cs var:P.name ?></h1>
  <p class="proc-meta"><?cs call:level(P.level, P.level22) ?>
    <span><?cs var:Lang.Cat.Code ?>: <?cs var:P.code ?></span>
    <span><?cs var:Lang.Cat.Field ?>: <?cs var:P.field_name ?></span></p>
  <div class="actions">
    <?cs if:P.online == 1 ?><a class="button" href="<?cs var:Req.BasePath ?>/ho-so/nop/<?cs var:url_escape(P.code) ?>"><?cs var:Lang.Cat.SubmitOnline ?></a><?cs /if ?>
    <a class="button button-secondary" href="<?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(P.code) ?>/in"><?cs var:Lang.Cat.Print ?></a>
  </div>
  <nav class="toc" aria-label="<?cs var:Lang.Cat.Sections ?>">
    <ul>
      <li><a href="#s-cachthuc"><?cs var:Lang.Cat.SecChannels ?></a></li>
      <li><a href="#s-trinhtu"><?cs var:Lang.Cat.SecSteps ?></a></li>
      <li><a href="#s-hoso"><?cs var:Lang.Cat.SecDocs ?></a></li>
      <li><a href="#s-sudung"><?cs var:Lang.Cat.SecUsage ?></a></li>
    </ul>
  </nav>
  <?cs call:proc_details() ?>
</article>
<?cs /def ?>
