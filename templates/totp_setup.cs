<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Staff.SetupTitle ?><?cs
def:body() ?>
<?cs if:Totp.Done ?>
<h1><?cs var:Lang.Staff.DoneTitle ?></h1>
<p class="lead"><?cs var:Lang.Staff.CodesLead ?></p>
<ul class="codes"><?cs each:c = Codes ?><li><code><?cs var:c ?></code></li><?cs /each ?></ul>
<p><a class="button" href="<?cs var:Req.BasePath ?>/can-bo"><?cs var:Lang.Staff.Continue ?></a></p>
<?cs else ?>
<h1><?cs var:Lang.Staff.SetupTitle ?></h1>
<p class="lead"><?cs var:Lang.Staff.SetupLead ?></p>
<?cs call:error_summary() ?>
<dl class="facts">
  <dt><?cs var:Lang.Staff.SetupKey ?></dt><dd><code id="khoa-bi-mat" class="wrap-any"><?cs var:Totp.Key ?></code></dd>
  <dt><?cs var:Lang.Staff.SetupUri ?></dt><dd><code class="wrap-any"><?cs var:Totp.Uri ?></code></dd>
</dl>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/can-bo/thiet-lap-xac-thuc" novalidate>
  <?cs call:csrf() ?>
  <input type="hidden" name="khoa" value="<?cs var:Form.khoa.Value ?>">
  <?cs call:input("ma_so", Lang.Field.ma_so, "text", "one-time-code", 1, "", 32) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Staff.SetupButton ?></button></p>
</form>
<?cs /if ?>
<?cs /def ?>
