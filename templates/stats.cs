<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Cat.StatsTitle ?><?cs
def:stat_cells(x) ?><td><?cs var:x.count ?></td><td><?cs var:x.views ?></td><td><?cs var:x.received ?></td><td><?cs var:x.processed ?></td><td><?cs var:x.early ?></td><td><?cs var:x.on_time ?></td><td><?cs var:x.late ?></td><?cs /def ?><?cs
def:stat_head(first) ?><thead><tr><th scope="col"><?cs var:first ?></th><th scope="col"><?cs var:Lang.Cat.ProcCount ?></th><th scope="col"><?cs var:Lang.Cat.Views ?></th><th scope="col"><?cs var:Lang.Cat.Received ?></th><th scope="col"><?cs var:Lang.Cat.Processed ?></th><th scope="col"><?cs var:Lang.Cat.Early ?></th><th scope="col"><?cs var:Lang.Cat.OnTime ?></th><th scope="col"><?cs var:Lang.Cat.Late ?></th></tr></thead><?cs /def ?><?cs
def:body() ?>
<h1><?cs var:Lang.Cat.StatsTitle ?></h1>
<p class="lead"><?cs var:Lang.Cat.StatsLead ?></p>
<h2 id="theo-linh-vuc"><?cs var:Lang.Cat.StatsByField ?></h2>
<div class="table-wrap"><table aria-labelledby="theo-linh-vuc">
  <?cs call:stat_head(Lang.Cat.Field) ?>
  <tbody><?cs each:f = Cat.F ?><?cs if:f.count > 0 ?><tr><th scope="row"><a href="<?cs var:Req.BasePath ?>/linh-vuc/<?cs var:url_escape(f.slug) ?>"><?cs var:f.name ?></a></th><?cs call:stat_cells(f) ?></tr><?cs /if ?><?cs /each ?></tbody>
  <tfoot><tr><th scope="row"><?cs var:Lang.Cat.StatsTotal ?></th><td><?cs var:Cat.Totals.procs ?></td><td><?cs var:Cat.Totals.views ?></td><td><?cs var:Cat.Totals.received ?></td><td><?cs var:Cat.Totals.processed ?></td><td><?cs var:Cat.Totals.early ?></td><td><?cs var:Cat.Totals.on_time ?></td><td><?cs var:Cat.Totals.late ?></td></tr></tfoot>
</table></div>
<h2 id="theo-co-quan"><?cs var:Lang.Cat.StatsByAgency ?></h2>
<div class="table-wrap"><table aria-labelledby="theo-co-quan">
  <?cs call:stat_head(Lang.Cat.Agency) ?>
  <tbody><?cs each:a = Cat.A ?><?cs if:a.count > 0 ?><tr><th scope="row"><a href="<?cs var:Req.BasePath ?>/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a></th><?cs call:stat_cells(a) ?></tr><?cs /if ?><?cs /each ?></tbody>
</table></div>
<?cs if:subcount(Cat.Top) ?>
<h2><?cs var:Lang.Cat.StatsTop ?></h2>
<ol><?cs each:p = Cat.Top ?><li><a href="<?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(p.code) ?>"><?cs var:p.name ?></a>: <?cs var:p.views ?> <?cs var:Lang.Cat.Views ?></li><?cs /each ?></ol>
<?cs /if ?>
<p class="small"><?cs var:Lang.Cat.UsageNote ?></p>
<?cs /def ?>
