<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Dossier.DiscardTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Dossier.DiscardTitle ?></h1>
<p class="lead"><?cs var:Lang.Dossier.DiscardLead ?></p>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
</dl>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:Dossier.D.id ?>/xoa">
  <?cs call:csrf() ?>
  <p class="actions"><button type="submit" class="button"><?cs var:Lang.Dossier.DiscardConfirm ?></button>
  <a class="button button-secondary" href="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:Dossier.D.id ?>"><?cs var:Lang.Dossier.DiscardKeep ?></a></p>
</form>
<?cs /def ?>
