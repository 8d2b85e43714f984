<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Embed.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Embed.Title ?> <span class="of"><?cs var:Lang.Embed.Of ?> <?cs var:Agency.name ?></span></h1>
<?cs each:f = Agency.Fields ?>
<h2><?cs var:f.name ?></h2>
<ul class="embed-list"><?cs each:p = f.Procs ?>
  <li><a href="<?cs var:Site.BaseURL ?><?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(p.code) ?>" target="_top"><?cs var:p.name ?></a> <?cs call:level(p.level, p.level22) ?></li>
<?cs /each ?></ul>
<?cs /each ?>
<p class="open"><a href="<?cs var:Site.BaseURL ?><?cs var:Req.BasePath ?>/co-quan/<?cs var:url_escape(Agency.code) ?>" target="_top"><?cs var:Lang.Embed.OpenPortal ?></a></p>
<?cs /def ?>
