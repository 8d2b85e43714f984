<?cs # The scorecard's groups (pages/office_period.c, report_scorecard in
     domain/report.c): each figure, its formula, and the numbers in it;
     links to what cost points when the figures are one agency's. ?><?cs
def:rate(v) ?><?cs if:v ?><strong class="rate"><?cs var:v ?>%</strong><?cs else ?><span class="small"><?cs var:Lang.Period.Score.NoData ?></span><?cs /if ?><?cs /def ?><?cs
def:see(links, slug, n) ?><?cs if:links && Scope.code ?> <a class="see" href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/chi-so/<?cs var:slug ?><?cs var:Page.Query ?>"><?cs var:Lang.Period.Score.See ?><span class="visually-hidden"> <?cs var:Lang.Period.Cost[n] ?></span></a><?cs /if ?><?cs /def ?><?cs
def:score_groups(links) ?>
<section class="score-group" aria-labelledby="nhom-cong-khai">
<h3 id="nhom-cong-khai"><?cs var:Lang.Period.Score.Publicity ?></h3>
<dl class="score">
  <dt><?cs var:Lang.Period.Score.PublicityRate ?></dt>
  <dd id="chi-so-cong-khai"><?cs call:rate(Score.Publicity.rate) ?>
    <span class="formula"><?cs var:Lang.Period.Score.Formula ?>: <?cs var:Lang.Period.Score.PublicityFormula ?> = <?cs var:Score.Publicity.complete ?> / <?cs var:Score.Publicity.procs ?> × 100</span><?cs call:see(links, "chua-day-du", "incomplete") ?></dd>
</dl>
<p class="small"><?cs var:Lang.Period.Score.PublicityParts ?></p>
</section>
<section class="score-group" aria-labelledby="nhom-tien-do">
<h3 id="nhom-tien-do"><?cs var:Lang.Period.Score.Progress ?></h3>
<dl class="score">
  <dt><?cs var:Lang.Period.Score.ProgressRate ?></dt>
  <dd id="chi-so-tien-do"><?cs call:rate(Score.Progress.rate) ?>
    <span class="formula"><?cs var:Lang.Period.Score.Formula ?>: <?cs var:Lang.Period.Score.ProgressFormula ?> = <?cs var:Score.Progress.in_time ?> / <?cs var:Score.Progress.classified ?> × 100</span></dd>
  <dt><?cs var:Lang.Period.Score.Late ?></dt>
  <dd id="tre-han"><?cs var:Score.Progress.late ?><?cs call:see(links, "tre-han", "late") ?></dd>
  <dt><?cs var:Lang.Period.Score.OverdueNow ?></dt>
  <dd id="qua-han-hien-tai"><?cs var:Score.Progress.overdue_now ?><?cs if:links && Scope.code && Page.Overseer ?> <a href="<?cs var:Req.BasePath ?>/can-bo/giam-sat/co-quan/<?cs var:url_escape(Scope.code) ?>?trang_thai=qua-han"><?cs var:Lang.Period.Score.See ?><span class="visually-hidden"> <?cs var:Lang.Period.Score.OverdueNow ?></span></a><?cs /if ?></dd>
  <dt><?cs var:Lang.Period.Score.WaitingNow ?> <?cs var:Page.MaxWaitHours ?> <?cs var:Lang.Period.Score.WaitingNow2 ?></dt>
  <dd id="cho-lau-hien-tai"><?cs var:Score.Progress.waiting_late_now ?><?cs if:links && Scope.code && Page.Overseer ?> <a href="<?cs var:Req.BasePath ?>/can-bo/giam-sat/co-quan/<?cs var:url_escape(Scope.code) ?>?trang_thai=tre-tiep-nhan"><?cs var:Lang.Period.Score.See ?><span class="visually-hidden"> <?cs var:Lang.Oversight.St.late_receive ?></span></a><?cs /if ?></dd>
</dl>
</section>
<section class="score-group" aria-labelledby="nhom-truc-tuyen">
<h3 id="nhom-truc-tuyen"><?cs var:Lang.Period.Score.Online ?></h3>
<dl class="score">
  <dt><?cs var:Lang.Period.Score.OnlineRate ?></dt>
  <dd id="chi-so-truc-tuyen"><?cs call:rate(Score.Online.rate) ?>
    <span class="formula"><?cs var:Lang.Period.Score.Formula ?>: <?cs if:Score.Scheme == 2022 ?><?cs var:Lang.Period.Score.OnlineFormula2022 ?><?cs else ?><?cs var:Lang.Period.Score.OnlineFormula ?><?cs /if ?> = <?cs var:Score.Online.online_procs ?> / <?cs var:Score.Online.procs ?> × 100</span></dd>
  <dt><?cs var:Lang.Period.Score.UsedRate ?></dt>
  <dd id="chi-so-phat-sinh"><?cs call:rate(Score.Online.used_rate) ?>
    <span class="formula"><?cs var:Lang.Period.Score.Formula ?>: <?cs var:Lang.Period.Score.UsedFormula ?> = <?cs var:Score.Online.used_procs ?> / <?cs var:Score.Online.online_procs ?> × 100</span><?cs call:see(links, "chua-phat-sinh", "unused") ?></dd>
  <dt><?cs var:Lang.Period.Score.DossierRate ?></dt>
  <dd id="chi-so-ho-so-truc-tuyen"><?cs call:rate(Score.Online.dossier_rate) ?>
    <span class="formula"><?cs var:Lang.Period.Score.Formula ?>: <?cs var:Lang.Period.Score.DossierFormula ?> = <?cs var:Score.Online.received_online ?> / <?cs var:Score.Online.received ?> × 100</span>
    <span class="small"><?cs var:Lang.Period.ChannelNote ?></span></dd>
  <dt><?cs var:Lang.Period.Score.PaidOnlineRate ?></dt>
  <dd id="chi-so-thanh-toan-truc-tuyen"><?cs call:rate(Score.Online.paid_online_rate) ?>
    <span class="formula"><?cs var:Lang.Period.Score.Formula ?>: <?cs var:Lang.Period.Score.PaidOnlineFormula ?> = <?cs var:Score.Online.Pay.online ?> / <?cs var:Score.Online.Pay.paid ?> × 100</span></dd>
</dl>
</section>
<section class="score-group" aria-labelledby="nhom-hai-long">
<h3 id="nhom-hai-long"><?cs var:Lang.Period.Score.Satisfaction ?></h3>
<dl class="score">
  <dt><?cs var:Lang.Period.Score.SatisfactionRate ?></dt>
  <dd id="chi-so-hai-long"><?cs call:rate(Score.Satisfaction.rate) ?>
    <span class="formula"><?cs var:Lang.Period.Score.Formula ?>: <?cs var:Lang.Period.Score.SatisfactionFormula ?> = <?cs var:Score.Satisfaction.sum ?> / (<?cs var:Score.Satisfaction.n ?> × 5) × 100</span><?cs call:see(links, "danh-gia-thap", "low_rating") ?></dd>
</dl>
<?cs if:subcount(Score.Satisfaction.Crit) ?>
<div class="table-wrap"><table>
  <caption><?cs var:Lang.Period.Score.PerCriterion ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Period.Criterion ?></th><th scope="col"><?cs var:Lang.Period.Scores ?></th><th scope="col"><?cs var:Lang.Period.Score.SatisfactionRate ?> (%)</th></tr></thead>
  <tbody><?cs each:c = Score.Satisfaction.Crit ?><tr><th scope="row"><?cs var:c.name ?></th><td><?cs var:c.n ?></td><td><?cs var:c.rate ?></td></tr><?cs /each ?></tbody>
</table></div><?cs /if ?>
</section>
<p class="small"><?cs var:Lang.Period.Score.NotAll ?></p>
<?cs /def ?>
