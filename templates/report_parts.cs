<?cs # Pieces of the period reports, the annual report and the scorecard
     (pages/office_period.c): the period form, the heading, the tables, and
     the charts drawn as SVG by the server (no script), each with a title
     and a table of the same numbers beside it. ?><?cs
def:period_form(action, with_group) ?>
<form class="filters report-form" method="get" action="<?cs var:Req.BasePath ?><?cs var:action ?>">
  <h2><?cs var:Lang.Period.FormTitle ?></h2>
  <div class="field">
    <label for="ky"><?cs var:Lang.Period.Kind ?></label>
    <select id="ky" name="ky"><?cs each:k = Lang.Period.Kinds ?>
      <option value="<?cs name:k ?>"<?cs if:Form.ky.Value == name(k) || (!Form.ky.Value && Period.kind == name(k)) ?> selected<?cs /if ?>><?cs var:k ?></option><?cs /each ?>
    </select>
  </div>
  <div class="field">
    <label for="nam"><?cs var:Lang.Period.Year ?></label>
    <select id="nam" name="nam"><?cs each:y = Page.Years ?>
      <option value="<?cs var:y ?>"<?cs if:Form.nam.Value == y || (!Form.nam.Value && (Period.year == y || (!Period.year && Page.ThisYear == y))) ?> selected<?cs /if ?>><?cs var:y ?></option><?cs /each ?>
    </select>
  </div>
  <div class="field">
    <label for="thang"><?cs var:Lang.Period.MonthField ?></label>
    <select id="thang" name="thang"><?cs loop:m = 1, 12, 1 ?>
      <option value="<?cs var:m ?>"<?cs if:Form.thang.Value == m || (!Form.thang.Value && (Period.month == m || (!Period.month && Page.ThisMonth == m))) ?> selected<?cs /if ?>><?cs var:m ?></option><?cs /loop ?>
    </select>
  </div>
  <div class="field">
    <label for="quy"><?cs var:Lang.Period.Quarter ?></label>
    <select id="quy" name="quy"><?cs each:q = Lang.Period.Quarters ?>
      <option value="<?cs name:q ?>"<?cs if:Form.quy.Value == name(q) || (!Form.quy.Value && Period.quarter == name(q)) ?> selected<?cs /if ?>><?cs var:q ?></option><?cs /each ?>
    </select>
  </div>
  <p class="hint" id="ngay-gy"><?cs var:Lang.Period.DateHint ?></p>
  <div class="field">
    <label for="tu_ngay"><?cs var:Lang.Period.From ?></label>
    <input id="tu_ngay" name="tu_ngay" type="date" value="<?cs var:Form.tu_ngay.Value ?>" aria-describedby="ngay-gy">
  </div>
  <div class="field">
    <label for="den_ngay"><?cs var:Lang.Period.To ?></label>
    <input id="den_ngay" name="den_ngay" type="date" value="<?cs var:Form.den_ngay.Value ?>" aria-describedby="ngay-gy">
  </div>
  <?cs if:Page.Overseer ?><div class="field">
    <label for="co_quan"><?cs var:Lang.Period.Agency ?></label>
    <select id="co_quan" name="co_quan">
      <option value=""><?cs var:Lang.Period.Province ?></option><?cs each:a = Agencies ?>
      <option value="<?cs var:a.code ?>"<?cs if:Form.co_quan.Value == a.code ?> selected<?cs /if ?>><?cs var:a.name ?></option><?cs /each ?>
    </select>
  </div><?cs /if ?>
  <?cs if:with_group ?><div class="field">
    <label for="theo"><?cs var:Lang.Period.GroupBy ?></label>
    <select id="theo" name="theo">
      <option value="co-quan"<?cs if:Form.theo.Value == "co-quan" || (!Form.theo.Value && Report.group == "agency") ?> selected<?cs /if ?>><?cs var:Lang.Period.Group.agency ?></option>
      <option value="linh-vuc"<?cs if:Form.theo.Value == "linh-vuc" || (!Form.theo.Value && Report.group == "field") ?> selected<?cs /if ?>><?cs var:Lang.Period.Group.field ?></option>
      <option value="thu-tuc"<?cs if:Form.theo.Value == "thu-tuc" || (!Form.theo.Value && Report.group == "proc") ?> selected<?cs /if ?>><?cs var:Lang.Period.Group.proc ?></option>
    </select>
  </div><?cs /if ?>
  <button type="submit"><?cs var:Lang.Period.Show ?></button>
</form>
<?cs /def ?><?cs
def:bad_box() ?><?cs
  if:Page.Bad ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="loi-bao-cao"><p><?cs var:Lang.Period.Bad[Page.Bad] ?></p></div><?cs /if ?><?cs
/def ?><?cs
def:period_name() ?><?cs
  if:Period.kind == "thang" ?><?cs var:Lang.Period.MonthField ?> <?cs var:Period.month ?>/<?cs var:Period.year ?><?cs
  elif:Period.kind == "quy" ?><?cs var:Lang.Period.Quarter ?> <?cs var:Lang.Period.Quarters[Period.quarter] ?>/<?cs var:Period.year ?><?cs
  elif:Period.kind == "nam" ?><?cs var:Lang.Period.Year ?> <?cs var:Period.year ?><?cs
  else ?><?cs var:Lang.Period.RangeFrom ?> <?cs var:Period.from ?> <?cs var:Lang.Period.RangeTo ?> <?cs var:Period.to ?><?cs /if ?><?cs
/def ?><?cs
def:scope_name() ?><?cs if:Scope.name ?><?cs var:Scope.name ?><?cs else ?><?cs var:Lang.Period.Province ?><?cs /if ?><?cs /def ?><?cs
def:group_name(r) ?><?cs
  if:r.name ?><?cs var:r.name ?><?cs elif:Report.group == "field" ?><?cs var:Lang.Period.NoField ?><?cs else ?><?cs var:r.code ?><?cs /if ?><?cs
/def ?><?cs
def:count_cells(r) ?><td><?cs var:r.submitted ?></td><td><?cs var:r.received ?></td><td><?cs var:r.settled ?></td><td><?cs var:r.early ?></td><td><?cs var:r.on_time ?></td><td><?cs var:r.late ?></td><td><?cs var:r.on_time_rate ?></td><td><?cs var:r.avg_days ?></td><td><?cs var:r.p90_days ?></td><td><?cs var:r.refused ?></td><td><?cs var:r.stopped ?></td><td><?cs var:r.withdrawn ?></td><td><?cs var:r.prog_ok ?></td><td><?cs var:r.prog_late ?></td><td><?cs var:r.paused ?></td><td><?cs var:r.rated ?></td><td><?cs var:r.commented ?></td><?cs
/def ?><?cs
def:report_table(id, links) ?>
<div class="table-wrap" role="region" tabindex="0" aria-labelledby="<?cs var:id ?>">
<table class="report-table" aria-labelledby="<?cs var:id ?>">
  <thead>
    <tr><th scope="col" rowspan="2"><?cs var:Lang.Period.Group[Report.group] ?></th><th scope="colgroup" colspan="2"><?cs var:Lang.Period.Received ?></th><th scope="colgroup" colspan="4"><?cs var:Lang.Period.Settled ?></th><th scope="colgroup" colspan="2"><?cs var:Lang.Period.Time ?></th><th scope="colgroup" colspan="3"><?cs var:Lang.Period.Others ?></th><th scope="colgroup" colspan="3"><?cs var:Lang.Period.InProgress ?></th><th scope="colgroup" colspan="2"><?cs var:Lang.Period.Ratings ?></th></tr>
    <tr><th scope="col"><?cs var:Lang.Period.Count.submitted ?></th><th scope="col"><?cs var:Lang.Period.Count.received ?></th><th scope="col"><?cs var:Lang.Period.Count.settled ?></th><th scope="col"><?cs var:Lang.Period.Count.early ?></th><th scope="col"><?cs var:Lang.Period.Count.on_time ?></th><th scope="col"><?cs var:Lang.Period.Count.late ?></th><th scope="col"><?cs var:Lang.Period.Count.on_time_rate ?></th><th scope="col"><?cs var:Lang.Period.Count.avg_days ?></th><th scope="col"><?cs var:Lang.Period.Count.p90_days ?></th><th scope="col"><?cs var:Lang.Period.Count.refused ?></th><th scope="col"><?cs var:Lang.Period.Count.stopped ?></th><th scope="col"><?cs var:Lang.Period.Count.withdrawn ?></th><th scope="col"><?cs var:Lang.Period.Count.prog_ok ?></th><th scope="col"><?cs var:Lang.Period.Count.prog_late ?></th><th scope="col"><?cs var:Lang.Period.Count.paused ?></th><th scope="col"><?cs var:Lang.Period.Count.rated ?></th><th scope="col"><?cs var:Lang.Period.Count.commented ?></th></tr>
  </thead>
  <tbody><?cs each:r = Report.Rows ?>
    <tr class="report-row" data-code="<?cs var:r.code ?>"><th scope="row"><?cs if:links && Report.group == "agency" && Page.Overseer ?><a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao<?cs var:Page.PeriodQuery ?>&amp;co_quan=<?cs var:url_escape(r.code) ?>&amp;theo=linh-vuc"><?cs call:group_name(r) ?></a><?cs else ?><?cs call:group_name(r) ?><?cs /if ?><?cs if:Report.group == "proc" ?> <span class="small">(<?cs var:r.code ?>)</span><?cs /if ?></th><?cs call:count_cells(r) ?></tr><?cs /each ?>
  </tbody>
  <tfoot><tr class="report-total"><th scope="row"><?cs var:Lang.Period.Total ?></th><?cs call:count_cells(Report.Total) ?></tr></tfoot>
</table>
</div>
<?cs /def ?><?cs
def:ratings_table(id) ?><?cs
  if:Report.Total.rated == 0 ?><p><?cs var:Lang.Period.RatingsNone ?></p><?cs else ?>
<div class="table-wrap"><table aria-labelledby="<?cs var:id ?>">
  <thead><tr><th scope="col"><?cs var:Lang.Period.Criterion ?></th><th scope="col"><?cs var:Lang.Period.Scores ?></th><th scope="col"><?cs var:Lang.Period.Average ?></th></tr></thead>
  <tbody><?cs each:c = Report.Criteria ?>
    <tr class="criterion"><th scope="row"><?cs var:c.name ?></th><td><?cs var:Report.Total.Crit[name(c)].n ?></td><td><?cs var:Report.Total.Crit[name(c)].avg ?></td></tr><?cs /each ?>
  </tbody>
</table></div>
<p><?cs var:Lang.Period.Count.rated ?>: <strong id="luot-danh-gia"><?cs var:Report.Total.rated ?></strong>; <?cs var:Lang.Period.Comments ?>: <strong id="co-y-kien"><?cs var:Report.Total.commented ?></strong></p><?cs
  /if ?><?cs
/def ?><?cs
def:legend3() ?><ul class="chart-legend"><li><span class="swatch seg-early" aria-hidden="true"></span><?cs var:Lang.Period.Count.early ?></li><li><span class="swatch seg-on_time" aria-hidden="true"></span><?cs var:Lang.Period.Count.on_time ?></li><li><span class="swatch seg-late" aria-hidden="true"></span><?cs var:Lang.Period.Count.late ?></li></ul><?cs
/def ?><?cs
def:chart_svg(c, id) ?>
<svg class="chart-svg" viewBox="0 0 <?cs var:c.w ?> <?cs var:c.h ?>" role="img" aria-labelledby="<?cs var:id ?>-t <?cs var:id ?>-d"><title id="<?cs var:id ?>-t"><?cs var:c.title ?></title><desc id="<?cs var:id ?>-d"><?cs var:Lang.Period.ChartDesc ?></desc><?cs
  each:b = c.Bars ?><text x="0" y="<?cs var:b.ty ?>" class="chart-label"><?cs var:b.label ?></text><?cs
    each:s = b.Seg ?><?cs if:s.w > 0 ?><rect x="<?cs var:s.x ?>" y="<?cs var:b.by ?>" width="<?cs var:s.w ?>" height="16" class="seg-<?cs var:s.cls ?>"></rect><?cs /if ?><?cs /each ?><text x="<?cs var:b.tx ?>" y="<?cs var:b.vy ?>" class="chart-value"><?cs var:b.total ?></text><?cs
  /each ?></svg><?cs
/def ?><?cs
def:chart3(c, id) ?><?cs if:subcount(c.Bars) ?>
<div class="chart-pair">
<figure class="chart" id="<?cs var:id ?>">
<?cs call:chart_svg(c, id) ?>
<figcaption><?cs call:legend3() ?><span class="small"><?cs var:Lang.Period.ChartNote ?></span></figcaption>
</figure>
<div class="table-wrap chart-data"><table>
  <caption><?cs var:Lang.Period.ChartTable ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Period.Name ?></th><th scope="col"><?cs var:Lang.Period.Count.early ?></th><th scope="col"><?cs var:Lang.Period.Count.on_time ?></th><th scope="col"><?cs var:Lang.Period.Count.late ?></th></tr></thead>
  <tbody><?cs each:b = c.Bars ?><tr class="chart-row"><th scope="row"><?cs var:b.name ?></th><?cs each:s = b.Seg ?><td><?cs var:s.n ?></td><?cs /each ?></tr><?cs /each ?></tbody>
</table></div>
</div><?cs /if ?><?cs
/def ?><?cs
def:report_notes() ?>
<ul class="small report-notes">
  <li><?cs var:Lang.Period.RuleNote ?></li>
  <li><?cs var:Lang.Period.TimeNote ?></li>
  <li><?cs var:Lang.Period.ProgressNote ?></li>
  <li><?cs var:Lang.Period.ChannelNote ?></li>
</ul>
<?cs /def ?>
