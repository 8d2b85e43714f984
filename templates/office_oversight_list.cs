<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Oversight.ListTitle + " " + Agency.name ?><?cs
def:body() ?>
<p><a href="<?cs var:Req.BasePath ?>/can-bo/giam-sat"><?cs var:Lang.Oversight.Back ?></a></p>
<h1><?cs var:Lang.Oversight.ListTitle ?> <?cs var:Agency.name ?></h1>
<?cs if:Page.Bad ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Oversight.BadState ?></p></div><?cs else ?>
<h2 id="trang-thai"><?cs var:Lang.Oversight.St[Page.StateName] ?></h2>
<p><?cs var:Lang.Oversight.ListLead ?></p>
<?cs if:ListCount == 0 ?><p id="khong-co"><?cs var:Lang.Oversight.ListEmpty ?></p><?cs else ?>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="trang-thai"><table aria-labelledby="trang-thai">
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Code ?></th><th scope="col"><?cs var:Lang.Dossier.Procedure ?></th><th scope="col"><?cs var:Lang.Dossier.Status ?></th><th scope="col"><?cs var:Lang.Dossier.Submitted ?></th><th scope="col"><?cs var:Lang.Report.Received ?></th><th scope="col"><?cs var:Lang.Office.DueAt ?></th><th scope="col"><?cs var:Lang.Oversight.Extensions ?></th></tr></thead>
  <tbody><?cs each:d = List ?>
    <tr class="ov-dossier" data-code="<?cs var:d.code ?>"><td><a href="<?cs var:Req.BasePath ?>/can-bo/giam-sat/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a></td><td><?cs var:d.proc_code ?> – <?cs var:d.proc_name ?></td><td><?cs call:dossier_status(d.status) ?><?cs if:d.paper_pending == 1 ?> <span class="badge"><?cs var:Lang.Oversight.Paper ?></span><?cs /if ?></td><td><?cs var:d.submitted ?></td><td><?cs if:d.received ?><?cs var:d.received ?><?cs else ?>–<?cs /if ?></td><td><?cs if:d.due ?><?cs if:d.late == 1 ?><span class="late"><?cs var:d.due ?></span><?cs else ?><?cs var:d.due ?><?cs /if ?><?cs else ?>–<?cs /if ?></td><td><?cs var:d.extensions ?><?cs if:d.waiver == 1 ?> <span class="badge"><?cs var:Lang.Oversight.Waived ?></span><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs /if ?>
<?cs if:ListMore ?><p><a rel="next" href="<?cs var:Req.BasePath ?>/can-bo/giam-sat/co-quan/<?cs var:url_escape(Agency.code) ?>?trang_thai=<?cs var:Page.State ?>&amp;sau=<?cs var:ListMore ?>"><?cs var:Lang.Oversight.More ?></a></p><?cs /if ?>
<?cs /if ?>
<?cs /def ?>
