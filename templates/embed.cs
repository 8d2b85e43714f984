<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Embed.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Embed.Title ?> <span class="of"><?cs var:Lang.Embed.Of ?> <?cs var:Agency.name ?></span></h1>
<?cs each:f = Agency.Fields ?>
<h2><?cs var:f.name ?></h2>
<ul class="embed-list"><?cs each:p = f.Procs ?>
  <li data-code="<?cs var:p.code ?>"><a href="<?cs var:Site.BaseURL ?><?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(p.code) ?>" target="_top"><?cs var:p.name ?></a> <?cs call:level(p.level, p.level22) ?>
    <span class="embed-usage"><a href="<?cs var:Site.BaseURL ?><?cs var:Req.BasePath ?><?cs var:p.guide ?>" target="_top"><?cs var:Lang.Embed.Guide ?><span class="visually-hidden">: <?cs var:p.name ?></span></a> · <span class="views"><?cs var:p.views ?></span> <?cs var:Lang.Embed.Views ?> · <span class="received"><?cs var:p.received ?></span> <?cs var:Lang.Embed.Received ?> · <span class="settled"><?cs var:p.settled ?></span> <?cs var:Lang.Embed.Settled ?><?cs if:p.on_time_rate ?> · <span class="on-time"><?cs var:p.on_time_rate ?>%</span> <?cs var:Lang.Embed.OnTime ?><?cs /if ?></span></li>
<?cs /each ?></ul>
<?cs /each ?>
<p class="open"><a href="<?cs var:Site.BaseURL ?><?cs var:Req.BasePath ?>/co-quan/<?cs var:url_escape(Agency.code) ?>" target="_top"><?cs var:Lang.Embed.OpenPortal ?></a></p>
<?cs /def ?>
