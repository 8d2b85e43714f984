<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Dossier.ListTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Dossier.ListTitle ?></h1>
<?cs if:Page.Discarded ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Dossier.Discarded ?></p></div><?cs /if ?>
<?cs if:subcount(Dossiers) == 0 ?><p><?cs var:Lang.Dossier.ListEmpty ?></p>
<p><a class="button" href="<?cs var:Req.BasePath ?>/thu-tuc"><?cs var:Lang.Cat.ListTitle ?></a></p><?cs else ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Code ?></th><th scope="col"><?cs var:Lang.Dossier.Procedure ?></th><th scope="col"><?cs var:Lang.Dossier.Agency ?></th><th scope="col"><?cs var:Lang.Dossier.Status ?></th><th scope="col"><?cs var:Lang.Dossier.Updated ?></th></tr></thead>
  <tbody><?cs each:d = Dossiers ?>
  <tr><td><?cs if:d.status == 0 ?><a href="<?cs var:Req.BasePath ?>/ho-so/nhap/<?cs var:d.id ?>"><?cs var:Lang.Dossier.Continue ?></a><?cs else ?><a href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a><?cs /if ?></td>
  <td><?cs var:d.proc_name ?></td><td><?cs var:d.agency_name ?></td><td><?cs call:dossier_status(d.status) ?><?cs if:d.paper_awaited == 1 ?> <span class="badge paper-awaited"><?cs var:Lang.Dossier.PaperAwaitedShort ?></span><?cs elif:d.paper_received ?> <span class="badge badge-part"><?cs var:Lang.Dossier.PaperArrivedShort ?> <?cs var:d.paper_received ?></span><?cs /if ?></td><td><?cs var:d.updated ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs /if ?>
<?cs /def ?>
