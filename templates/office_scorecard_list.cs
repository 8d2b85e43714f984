<?cs include:"macros.cs" ?><?cs include:"report_parts.cs" ?><?cs set:Page.Title = Lang.Period.Cost[Page.WhatName] ?><?cs
def:body() ?>
<?cs if:Page.Bad ?><h1><?cs var:Lang.Period.Score.Title ?></h1><?cs call:bad_box() ?><?cs else ?>
<h1><?cs var:Lang.Period.Cost[Page.WhatName] ?></h1>
<p class="lead"><?cs call:scope_name() ?> – <?cs call:period_name() ?></p>
<p><?cs var:Lang.Period.CostLead ?></p>
<?cs if:ListCount == 0 ?><p id="khong-co"><?cs var:Lang.Period.CostEmpty ?></p><?cs
elif:Page.WhatName == "incomplete" || Page.WhatName == "unused" ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Period.Code ?></th><th scope="col"><?cs var:Lang.Period.Group.proc ?></th><?cs if:Page.WhatName == "incomplete" ?><th scope="col"><?cs var:Lang.Period.Missing ?></th><?cs /if ?></tr></thead>
  <tbody><?cs each:p = List ?><tr class="cost-row" data-code="<?cs var:p.code ?>"><td><?cs var:p.code ?></td><td><?cs var:p.name ?></td><?cs if:Page.WhatName == "incomplete" ?><td><?cs each:m = p.Missing ?><?cs var:Lang.Period.Part[m] ?><?cs if:!last(m) ?>, <?cs /if ?><?cs /each ?></td><?cs /if ?></tr><?cs /each ?></tbody>
</table></div><?cs
else ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Dossier.Code ?></th><th scope="col"><?cs var:Lang.Dossier.Procedure ?></th><th scope="col"><?cs var:Lang.Dossier.Status ?></th><th scope="col"><?cs var:Lang.Dossier.Submitted ?></th><th scope="col"><?cs var:Lang.Report.Received ?></th><?cs if:Page.WhatName == "late" ?><th scope="col"><?cs var:Lang.Office.DueAt ?></th><?cs /if ?><th scope="col"><?cs var:Lang.Report.Finished ?></th><?cs if:Page.WhatName == "low_rating" ?><th scope="col"><?cs var:Lang.Period.Low ?></th><?cs /if ?></tr></thead>
  <tbody><?cs each:d = List ?><tr class="cost-row" data-code="<?cs var:d.code ?>"><td><?cs if:Page.Overseer ?><a href="<?cs var:Req.BasePath ?>/can-bo/giam-sat/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a><?cs else ?><a href="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(d.code) ?>"><?cs var:d.code ?></a><?cs /if ?></td><td><?cs var:d.proc_name ?></td><td><?cs call:dossier_status(d.status) ?></td><td><?cs var:d.submitted ?></td><td><?cs var:d.received ?></td><?cs if:Page.WhatName == "late" ?><td><?cs var:d.due ?></td><?cs /if ?><td><?cs var:d.finished ?></td><?cs if:Page.WhatName == "low_rating" ?><td><?cs var:d.low ?></td><?cs /if ?></tr><?cs /each ?></tbody>
</table></div><?cs
/if ?>
<?cs if:ListMore ?><p><a rel="next" href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/chi-so/<?cs var:Page.What ?><?cs var:Page.Query ?>&amp;sau=<?cs var:ListMore ?>"><?cs var:Lang.Oversight.More ?></a></p><?cs /if ?>
<?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/chi-so<?cs var:Page.Query ?>"><?cs var:Lang.Period.BackScore ?></a></p>
<?cs /def ?>
