<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Agency.ListTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Agency.ListTitle ?></h1>
<p class="lead"><?cs var:Lang.Admin.Agency.ListLead ?></p>
<div class="table-wrap"><table>
  <caption class="visually-hidden"><?cs var:Lang.Admin.Agency.ListTitle ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Admin.Agency.Code ?></th><th scope="col"><?cs var:Lang.Admin.Agency.Name ?></th><th scope="col"><?cs var:Lang.Admin.Agency.Parent ?></th><th scope="col"><?cs var:Lang.Admin.Agency.State ?></th><th scope="col"><?cs var:Lang.Admin.Agency.Waiting ?></th></tr></thead>
  <tbody><?cs each:a = Agencies ?>
  <tr><td><?cs var:a.code ?></td><td><a href="<?cs var:Req.BasePath ?>/quan-tri/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a></td><td><?cs var:a.parent ?></td><td><?cs if:a.status == "closed" ?><?cs var:Lang.Admin.Agency.Closed ?> <?cs var:a.closed_on ?><?cs if:a.successor ?> (<?cs var:Lang.Admin.Agency.SuccessorShort ?> <?cs var:a.successor ?>)<?cs /if ?><?cs else ?><?cs var:Lang.Admin.Agency.Active ?><?cs /if ?></td><td><?cs if:a.waiting ?><?cs var:Lang.Admin.Agency.Kind[a.waiting] ?> <?cs var:Lang.Admin.Agency.From ?> <?cs var:a.waiting_on ?><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div>
<?cs /def ?>
