<?cs include:"macros.cs" ?><?cs include:"report_parts.cs" ?><?cs include:"scorecard_parts.cs" ?><?cs set:Page.Title = Lang.Period.Score.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Period.Score.Title ?></h1>
<p class="lead"><?cs var:Lang.Period.Score.Lead ?></p>
<?cs call:bad_box() ?>
<div class="list-layout report-layout">
<?cs call:period_form("/can-bo/bao-cao/chi-so", 0) ?>
<div class="report-main"><?cs if:!Page.Bad ?>
<h2 id="chi-so"><?cs call:period_name() ?> – <?cs call:scope_name() ?></h2>
<?cs if:!Scope.code ?><p class="small"><?cs var:Lang.Period.Score.Province ?></p><?cs /if ?>
<div class="chart-pair">
<figure class="chart" id="bieu-do-chi-so">
<?cs call:chart_svg(Chart, "bieu-do-chi-so") ?>
<figcaption class="small"><?cs var:Lang.Period.ChartScore ?></figcaption>
</figure>
<div class="table-wrap chart-data"><table>
  <caption><?cs var:Lang.Period.ChartTable ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Period.Name ?></th><th scope="col">%</th></tr></thead>
  <tbody><?cs each:b = Chart.Bars ?><tr class="chart-row"><th scope="row"><?cs var:b.name ?></th><td><?cs var:b.total ?></td></tr><?cs /each ?></tbody>
</table></div>
</div>
<?cs call:score_groups(1) ?>
<p><a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao<?cs var:Page.Query ?>"><?cs var:Lang.Staff.ReportLink ?></a></p>
<?cs /if ?></div>
</div>
<?cs /def ?>
