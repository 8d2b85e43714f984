<?cs include:"macros.cs" ?><?cs set:Page.Title = Agency.name ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/co-quan"><?cs var:Lang.Nav.Agencies ?></a></li>
  <?cs if:Agency.parent_code ?><li><a href="<?cs var:Req.BasePath ?>/co-quan/<?cs var:url_escape(Agency.parent_code) ?>"><?cs var:Agency.parent_name ?></a></li><?cs /if ?></ol>
</nav>
<h1><?cs var:Agency.name ?></h1>
<?cs if:Agency.status == "closed" ?>
<div class="note" role="note"><p><?cs var:Lang.Cat.Closed ?> <?cs var:Agency.closed_on ?>.<?cs if:Agency.successor_code ?>
  <?cs var:Lang.Cat.Successor ?> <a href="<?cs var:Req.BasePath ?>/co-quan/<?cs var:url_escape(Agency.successor_code) ?>"><?cs var:Agency.successor_name ?></a>.<?cs /if ?></p></div>
<?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Cat.AgencyCode ?></dt><dd><?cs var:Agency.code ?></dd>
  <?cs if:Agency.address ?><dt><?cs var:Lang.Cat.Address ?></dt><dd><?cs var:Agency.address ?></dd><?cs /if ?>
  <?cs if:Agency.phone ?><dt><?cs var:Lang.Cat.Phone ?></dt><dd><?cs var:Agency.phone ?></dd><?cs /if ?>
  <?cs if:Agency.email ?><dt><?cs var:Lang.Cat.Email ?></dt><dd><a href="mailto:<?cs var:Agency.email ?>"><?cs var:Agency.email ?></a></dd><?cs /if ?>
  <?cs if:Agency.website ?><dt><?cs var:Lang.Cat.Website ?></dt><dd><a href="<?cs var:url_validate(Agency.website) ?>"><?cs var:Agency.website ?></a></dd><?cs /if ?>
</dl>
<?cs if:Agency.bank_account ?>
<h2><?cs var:Lang.Cat.Bank ?></h2>
<dl class="facts">
  <dt><?cs var:Lang.Cat.BankAccount ?></dt><dd><?cs var:Agency.bank_account ?></dd>
  <?cs if:Agency.bank_name ?><dt><?cs var:Lang.Cat.BankName ?></dt><dd><?cs var:Agency.bank_name ?></dd><?cs /if ?>
  <?cs if:Agency.bank_holder ?><dt><?cs var:Lang.Cat.BankHolder ?></dt><dd><?cs var:Agency.bank_holder ?></dd><?cs /if ?>
</dl>
<?cs /if ?>
<?cs if:subcount(Agency.Events) ?>
<h2><?cs var:Lang.Cat.History ?></h2>
<ul><?cs each:e = Agency.Events ?><li><?cs var:e.date ?>: <?cs if:e.event == "created" ?><?cs var:Lang.Cat.EvCreated ?><?cs elif:e.event == "renamed" ?><?cs var:Lang.Cat.EvRenamed ?><?cs elif:e.event == "merged" ?><?cs var:Lang.Cat.EvMerged ?><?cs else ?><?cs var:Lang.Cat.EvClosed ?><?cs /if ?><?cs if:e.old_name ?> (<?cs var:Lang.Cat.OldName ?>: <?cs var:e.old_name ?>)<?cs /if ?><?cs if:e.note ?>. <?cs var:e.note ?><?cs /if ?></li><?cs /each ?></ul>
<?cs /if ?>
<h2><?cs var:Lang.Cat.AgencyProcs ?></h2>
<?cs if:subcount(Agency.Fields) ?>
<?cs each:f = Agency.Fields ?>
<h3><?cs var:f.name ?></h3>
<ul class="proc-list compact"><?cs each:p = f.Procs ?><li class="proc"><a href="<?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(p.code) ?>"><?cs var:p.name ?></a> <?cs call:level(p.level, p.level22) ?></li><?cs /each ?></ul>
<?cs /each ?>
<?cs else ?><p><?cs var:Lang.Cat.NoProcs ?></p><?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/nhung?co-quan=<?cs var:url_escape(Agency.code) ?>"><?cs var:Lang.Embed.HelpTitle ?></a></p>
<?cs /def ?>
