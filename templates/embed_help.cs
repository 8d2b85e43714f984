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
<pre class="snippet" aria-labelledby="ma-nhung"><code>&lt;script src="<?cs var:Embed.BaseURL ?><?cs var:Req.BasePath ?>/static/js/nhung.js" data-co-quan="<?cs var:Agency.code ?>" async&gt;&lt;/script&gt;</code></pre>
<p class="hint"><?cs var:Lang.Embed.SnippetHint ?></p>
<p><?cs var:Lang.Embed.Api ?> <code><?cs var:Embed.BaseURL ?><?cs var:Req.BasePath ?>/api/v1/services?agency=<?cs var:url_escape(Agency.code) ?></code></p>
<h2><?cs var:Lang.Embed.Preview ?></h2>
<iframe class="preview" src="<?cs var:Req.BasePath ?>/nhung/co-quan/<?cs var:url_escape(Agency.code) ?>" title="<?cs var:Lang.Embed.PreviewFrame ?>" loading="lazy"></iframe>
<?cs /if ?>
<?cs /def ?>
