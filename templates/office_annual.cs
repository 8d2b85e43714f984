<?cs include:"macros.cs" ?><?cs include:"report_parts.cs" ?><?cs include:"scorecard_parts.cs" ?><?cs set:Page.Title = Lang.Period.Annual.Title + " " + Period.year ?><?cs
def:body() ?>
<article class="report-print annual">
<h1><?cs var:Lang.Period.Annual.Title ?> <?cs var:Period.year ?></h1>
<p class="annual-scope"><strong><?cs call:scope_name() ?></strong></p>
<p><?cs var:Lang.Period.Annual.Lead ?></p>

<h2 id="ket-qua-chung"><?cs var:Lang.Period.Annual.Summary ?></h2>
<dl class="facts annual-summary">
  <dt><?cs var:Lang.Period.Count.submitted ?></dt><dd id="tong-nop"><?cs var:Report.Total.submitted ?></dd>
  <dt><?cs var:Lang.Period.Count.received ?> (<?cs var:Lang.Period.ChannelOnline ?>)</dt><dd id="tong-tiep-nhan"><?cs var:Report.Total.received ?></dd>
  <dt><?cs var:Lang.Period.Count.settled ?></dt><dd id="tong-giai-quyet"><?cs var:Report.Total.settled ?>: <?cs var:Lang.Period.Count.early ?> <?cs var:Report.Total.early ?>, <?cs var:Lang.Period.Count.on_time ?> <?cs var:Report.Total.on_time ?>, <?cs var:Lang.Period.Count.late ?> <?cs var:Report.Total.late ?></dd>
  <dt><?cs var:Lang.Period.Count.on_time_rate ?></dt><dd><?cs if:Report.Total.on_time_rate ?><?cs var:Report.Total.on_time_rate ?><?cs else ?>–<?cs /if ?></dd>
  <dt><?cs var:Lang.Period.Count.avg_days ?></dt><dd><?cs if:Report.Total.avg_days ?><?cs var:Report.Total.avg_days ?><?cs else ?>–<?cs /if ?></dd>
  <dt><?cs var:Lang.Period.Count.p90_days ?></dt><dd><?cs if:Report.Total.p90_days ?><?cs var:Report.Total.p90_days ?><?cs else ?>–<?cs /if ?></dd>
  <dt><?cs var:Lang.Period.Count.refused ?> / <?cs var:Lang.Period.Count.stopped ?> / <?cs var:Lang.Period.Count.withdrawn ?></dt><dd><?cs var:Report.Total.refused ?> / <?cs var:Report.Total.stopped ?> / <?cs var:Report.Total.withdrawn ?></dd>
  <dt><?cs var:Lang.Period.InProgress ?></dt><dd><?cs var:Lang.Period.Count.prog_ok ?> <?cs var:Report.Total.prog_ok ?>, <?cs var:Lang.Period.Count.prog_late ?> <?cs var:Report.Total.prog_late ?>, <?cs var:Lang.Period.Count.paused ?> <?cs var:Report.Total.paused ?></dd>
</dl>

<h2 id="theo-thang"><?cs var:Lang.Period.Annual.ByMonth ?></h2>
<?cs call:chart3(Chart, "bieu-do-thang") ?>
<div class="table-wrap"><table aria-labelledby="theo-thang">
  <thead><tr><th scope="col"><?cs var:Lang.Period.Month ?></th><th scope="col"><?cs var:Lang.Period.Count.submitted ?></th><th scope="col"><?cs var:Lang.Period.Count.received ?></th><th scope="col"><?cs var:Lang.Period.Count.settled ?></th><th scope="col"><?cs var:Lang.Period.Count.early ?></th><th scope="col"><?cs var:Lang.Period.Count.on_time ?></th><th scope="col"><?cs var:Lang.Period.Count.late ?></th></tr></thead>
  <tbody><?cs each:m = Months ?><tr class="month-row"><th scope="row"><?cs var:Lang.Period.Month ?> <?cs var:m.month ?></th><td><?cs var:m.submitted ?></td><td><?cs var:m.received ?></td><td><?cs var:m.settled ?></td><td><?cs var:m.early ?></td><td><?cs var:m.on_time ?></td><td><?cs var:m.late ?></td></tr><?cs /each ?></tbody>
</table></div>

<h2 id="chi-tiet"><?cs var:Lang.Period.Annual.ByGroup ?> (<?cs var:Lang.Period.Group[Report.group] ?>)</h2>
<?cs call:report_table("chi-tiet", 0) ?>

<h2 id="danh-gia"><?cs var:Lang.Period.Annual.Satisfaction ?></h2>
<?cs call:ratings_table("danh-gia") ?>
<?cs if:!Scope.code ?><p><?cs var:Lang.Period.Feedback ?>: <strong id="gop-y"><?cs var:Page.Feedback ?></strong></p><?cs /if ?>

<h2 id="chi-so"><?cs var:Lang.Period.Annual.Scorecard ?></h2>
<?cs call:score_groups(0) ?>

<?cs call:report_notes() ?>
<p class="small"><?cs var:Lang.Period.Printed ?> <?cs var:Page.Printed ?></p>
<form class="no-print filters" method="get" action="<?cs var:Req.BasePath ?>/can-bo/bao-cao/nam">
  <h2><?cs var:Lang.Period.Annual.Choose ?></h2>
  <div class="field"><label for="nam"><?cs var:Lang.Period.Year ?></label>
  <select id="nam" name="nam"><?cs each:y = Page.Years ?><option value="<?cs var:y ?>"<?cs if:Period.year == y ?> selected<?cs /if ?>><?cs var:y ?></option><?cs /each ?></select></div>
  <?cs if:Page.Overseer ?><div class="field"><label for="co_quan"><?cs var:Lang.Period.Agency ?></label>
  <select id="co_quan" name="co_quan"><option value=""><?cs var:Lang.Period.Province ?></option><?cs each:a = Agencies ?><option value="<?cs var:a.code ?>"<?cs if:Scope.code == a.code ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /each ?></select></div><?cs /if ?>
  <button type="submit"><?cs var:Lang.Period.Show ?></button>
</form>
</article>
<?cs /def ?>
