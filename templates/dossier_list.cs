<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Dossier.ListTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Dossier.ListTitle ?></h1>
<?cs if:Page.Claimed ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Claim.Done ?></p></div><?cs /if ?>
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
<section class="claim" aria-labelledby="nhan-ho-so">
<h2 id="nhan-ho-so"><?cs var:Lang.Claim.Title ?></h2>
<p><?cs var:Lang.Claim.Lead ?></p>
<?cs call:error_summary() ?>
<?cs if:Claim.Failure ?><div class="alert alert-error" role="alert" tabindex="-1" id="loi-nhan-ho-so"><p><?cs if:Claim.Failure == "wait" ?><?cs var:Lang.Claim.Wait ?><?cs elif:Claim.Failure == "staff" ?><?cs var:Lang.Claim.Staff ?><?cs elif:Claim.Failure == "not_mine" ?><?cs var:Lang.Claim.NotMine ?><?cs else ?><?cs var:Lang.Claim.NotFound ?><?cs /if ?></p></div><?cs /if ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/ho-so/nhan-ho-so" novalidate>
  <?cs call:csrf() ?>
  <?cs call:input("ma", Lang.Field.ma, "text", "off", 1, "", 40) ?>
  <?cs call:input("so_dinh_danh", Lang.Field.so_dinh_danh, "text", "off", 1, "", 12) ?>
  <p><button type="submit" class="button button-secondary"><?cs var:Lang.Claim.Submit ?></button></p>
</form>
</section>
<?cs /def ?>
