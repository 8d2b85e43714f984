<?cs include:"macros.cs" ?><?cs include:"procedure_parts.cs" ?><?cs set:Page.Title = P.name ?><?cs
def:body() ?>
<article class="procedure">
  <h1><?cs var:P.name ?></h1>
  <p class="proc-meta"><?cs call:level(P.level, P.level22) ?>
    <span><?cs var:Lang.Cat.Code ?>: <?cs var:P.code ?></span>
    <span><?cs var:Lang.Cat.Field ?>: <?cs var:P.field_name ?></span></p>
  <?cs call:proc_details() ?>
  <p class="small"><?cs var:Lang.Cat.PrintNote ?> <?cs var:Site.BaseURL ?><?cs var:Req.BasePath ?>/thu-tuc/<?cs var:P.code ?></p>
</article>
<?cs /def ?>
