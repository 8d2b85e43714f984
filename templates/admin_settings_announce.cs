<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Org.AnnTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Org.AnnTitle ?></h1>
<p><?cs var:Lang.Admin.Org.AnnLead ?></p>
<?cs if:subcount(Ann) > 0 ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Admin.Org.AnnAt ?></th><th scope="col"><?cs var:Lang.Field.tieu_de ?></th><th scope="col"><?cs var:Lang.Staff.Status ?></th><th scope="col"><?cs var:Lang.Admin.Org.Action ?></th></tr></thead>
  <tbody><?cs each:a = Ann ?>
  <tr><td><?cs var:a.at ?></td><td><?cs var:a.title ?></td><td><?cs if:a.hidden == "1" ?><?cs var:Lang.Admin.Org.AnnHidden ?><?cs else ?><?cs var:Lang.Admin.Org.AnnShown ?><?cs /if ?></td><td>
    <form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/thong-bao/<?cs var:a.id ?>/<?cs if:a.hidden == "1" ?>hien<?cs else ?>an<?cs /if ?>"><?cs call:csrf() ?><button type="submit" class="button"><?cs if:a.hidden == "1" ?><?cs var:Lang.Admin.Org.AnnShow ?><?cs else ?><?cs var:Lang.Admin.Org.AnnHide ?><?cs /if ?><span class="visually-hidden">: <?cs var:a.title ?></span></button></form>
  </td></tr><?cs /each ?>
  </tbody>
</table></div><?cs else ?>
<p><?cs var:Lang.Admin.Org.AnnEmpty ?></p><?cs /if ?>
<h2 id="dang-thong-bao"><?cs var:Lang.Admin.Org.AnnAdd ?></h2>
<?cs call:error_summary() ?><?cs call:down_box() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/quan-tri/thong-bao" novalidate>
  <?cs call:csrf() ?>
  <?cs call:input("tieu_de", Lang.Field.tieu_de, "text", "off", 1, "", 200) ?>
  <?cs call:textarea("noi_dung", Lang.Field.noi_dung, 1, Lang.Admin.Org.AnnBodyHint, 20000) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Org.AnnPublish ?></button></p>
</form>
<?cs /def ?>
