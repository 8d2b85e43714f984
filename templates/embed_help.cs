<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Embed.HelpTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Embed.HelpTitle ?></h1>
<p class="lead"><?cs var:Lang.Embed.HelpLead ?></p>
<form class="form" method="get" action="<?cs var:Req.BasePath ?>/nhung">
  <div class="field"><label for="co-quan"><?cs var:Lang.Embed.ChooseAgency ?></label>
    <select id="co-quan" name="co-quan"><?cs each:a = Cat.A ?><?cs if:a.count > 0 ?><option value="<?cs var:a.code ?>"<?cs if:a.code == Agency.code ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /if ?><?cs /each ?></select></div>
  <p><button type="submit"><?cs var:Lang.Embed.Show ?></button></p>
</form>
<?cs if:Embed.Unknown ?><p class="note" role="status"><?cs var:Lang.Embed.Unknown ?></p><?cs /if ?>
<?cs if:Agency.code ?>
<h2 id="ma-nhung"><?cs var:Lang.Embed.Snippet ?></h2>
<pre class="snippet" aria-labelledby="ma-nhung"><code>&lt;script src="<?cs var:Embed.BaseURL ?><?cs var:Req.BasePath ?>/static/js/nhung.js" data-co-quan="<?cs var:Agency.code ?>" async&gt;&lt;/script&gt;
&lt;noscript&gt;&lt;a href="<?cs var:Embed.BaseURL ?><?cs var:Req.BasePath ?>/co-quan/<?cs var:url_escape(Agency.code) ?>"&gt;<?cs var:Lang.Embed.Title ?> <?cs var:Lang.Embed.Of ?> <?cs var:Agency.name ?>&lt;/a&gt;&lt;/noscript&gt;</code></pre>
<p class="hint"><?cs var:Lang.Embed.SnippetHint ?></p>
<?cs /if ?>
<h2 id="cho-phep"><?cs var:Lang.Embed.StepsTitle ?></h2>
<ol>
  <li><?cs var:Lang.Embed.Step1 ?></li>
  <li><?cs var:Lang.Embed.Step2 ?></li>
  <li><?cs var:Lang.Embed.Step3a ?> <strong><?cs var:Site.Operator ?></strong><?cs if:Site.Contact.Email ?> (<a href="mailto:<?cs var:Site.Contact.Email ?>"><?cs var:Site.Contact.Email ?></a>)<?cs /if ?> <?cs var:Lang.Embed.Step3b ?></li>
</ol>
<p><?cs var:Lang.Embed.Refused ?></p>
<?cs if:Embed.AllowedAll ?><p><?cs var:Lang.Embed.AllowedAll ?></p><?cs
elif:subcount(Embed.Allowed) ?><p><?cs var:Lang.Embed.AllowedList ?></p>
<ul><?cs each:o = Embed.Allowed ?><li><code><?cs var:o ?></code></li><?cs /each ?></ul><?cs
else ?><p><?cs var:Lang.Embed.AllowedNone ?></p><?cs /if ?>
<?cs if:Agency.code ?>
<h2><?cs var:Lang.Embed.Preview ?></h2>
<iframe class="preview" src="<?cs var:Req.BasePath ?>/nhung/co-quan/<?cs var:url_escape(Agency.code) ?>" title="<?cs var:Lang.Embed.PreviewFrame ?>" loading="lazy"></iframe>
<?cs /if ?>
<?cs /def ?>
