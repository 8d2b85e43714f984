<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Feedback.SentTitle ?><?cs
def:body() ?>
<div class="alert alert-ok" role="status">
  <h1><?cs var:Lang.Feedback.SentTitle ?></h1>
  <p><?cs var:Lang.Feedback.SentText ?></p>
</div>
<p><a href="<?cs var:Req.BasePath ?>/"><?cs var:Lang.Error.Home ?></a></p>
<?cs /def ?>
