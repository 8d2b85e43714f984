<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Oversight.Title ?><?cs
def:ov_cell(a, st, slug) ?><td><?cs if:a[st] > 0 ?><a href="<?cs var:Req.BasePath ?>/can-bo/giam-sat/co-quan/<?cs var:url_escape(a.code) ?>?trang_thai=<?cs var:slug ?>" data-state="<?cs var:slug ?>"><?cs var:a[st] ?><span class="visually-hidden"> – <?cs var:Lang.Oversight.St[st] ?>, <?cs var:a.name ?></span></a><?cs else ?>0<?cs /if ?></td><?cs /def ?><?cs
def:body() ?>
<h1><?cs var:Lang.Oversight.Title ?></h1>
<p class="lead"><?cs var:Lang.Oversight.Lead ?></p>
<p class="small"><?cs var:Lang.Oversight.LateReceiveHint ?> <?cs var:Page.MaxWaitHours ?> <?cs var:Lang.Oversight.LateReceiveHint2 ?></p>
<p><a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao"><?cs var:Lang.Staff.ReportLink ?></a> · <a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/chi-so"><?cs var:Lang.Staff.ScorecardLink ?></a> · <a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/nam"><?cs var:Lang.Staff.AnnualLink ?></a></p>
<h2 id="chua-co-can-bo"><?cs var:Lang.Oversight.UnstaffedTitle ?></h2>
<?cs if:subcount(OvUnstaffed) ?><div class="alert alert-error" role="status"><p><?cs var:Lang.Oversight.UnstaffedLead ?></p>
<ul id="co-quan-chua-co-can-bo"><?cs each:u = OvUnstaffed ?><li data-code="<?cs var:u.code ?>"><?cs var:u.name ?> (<?cs var:u.code ?>)</li><?cs /each ?></ul></div><?cs
else ?><p class="ok-note"><?cs var:Lang.Oversight.UnstaffedNone ?></p><?cs /if ?>
<h2 id="cac-co-quan"><?cs var:Lang.Oversight.Title ?></h2>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="cac-co-quan"><table class="oversight" aria-labelledby="cac-co-quan">
  <thead><tr><th scope="col"><?cs var:Lang.Oversight.Agency ?></th><th scope="col"><?cs var:Lang.Oversight.St.waiting ?></th><th scope="col"><?cs var:Lang.Oversight.St.late_receive ?></th><th scope="col"><?cs var:Lang.Oversight.St.on_time ?></th><th scope="col"><?cs var:Lang.Oversight.St.overdue ?></th><th scope="col"><?cs var:Lang.Oversight.St.paused ?></th><th scope="col"><?cs var:Lang.Oversight.St.paper ?></th><th scope="col"><?cs var:Lang.Oversight.Staff ?></th></tr></thead>
  <tbody><?cs each:a = Ov ?>
    <tr class="ov-row<?cs if:a.unstaffed ?> unstaffed<?cs /if ?>" data-code="<?cs var:a.code ?>"><th scope="row"><?cs var:a.name ?> <span class="small">(<?cs var:a.code ?>)</span></th><?cs
      call:ov_cell(a, "waiting", "cho-tiep-nhan") ?><?cs call:ov_cell(a, "late_receive", "tre-tiep-nhan") ?><?cs
      call:ov_cell(a, "on_time", "dung-han") ?><?cs call:ov_cell(a, "overdue", "qua-han") ?><?cs
      call:ov_cell(a, "paused", "cho-cong-dan") ?><?cs call:ov_cell(a, "paper", "cho-ban-giay") ?><td class="staff"><?cs
      if:!a.online ?><span class="small"><?cs var:Lang.Oversight.NoOnline ?></span><?cs
      elif:a.staffed ?><?cs var:Lang.Oversight.StaffOk ?><?cs
      else ?><strong class="late"><?cs var:Lang.Oversight.StaffNone ?></strong><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
  <tfoot><tr class="ov-total"><th scope="row"><?cs var:Lang.Oversight.Total ?></th><td><?cs var:OvTotal.waiting ?></td><td><?cs var:OvTotal.late_receive ?></td><td><?cs var:OvTotal.on_time ?></td><td><?cs var:OvTotal.overdue ?></td><td><?cs var:OvTotal.paused ?></td><td><?cs var:OvTotal.paper ?></td><td><?cs var:OvTotal.unstaffed ?></td></tr></tfoot>
</table></div>
<?cs /def ?>
