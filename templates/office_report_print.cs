<?cs include:"macros.cs" ?><?cs include:"report_parts.cs" ?><?cs set:Page.Title = Lang.Period.Title ?><?cs
def:body() ?>
<article class="report-print">
<h1><?cs var:Lang.Period.Title ?></h1>
<h2 id="bao-cao"><?cs call:period_name() ?> – <?cs call:scope_name() ?></h2>
<dl class="facts channel">
  <dt><?cs var:Lang.Period.Channel ?></dt><dd><?cs var:Lang.Period.ChannelOnline ?>: <strong><?cs var:Report.Total.received_online ?></strong>; <?cs var:Lang.Period.ChannelCounter ?>: <strong><?cs var:Report.Total.received_counter ?></strong>; <?cs var:Lang.Period.ChannelPost ?>: <strong><?cs var:Report.Total.received_post ?></strong></dd>
</dl>
<?cs if:subcount(Report.Rows) == 0 ?><p><?cs var:Lang.Period.Empty ?></p><?cs /if ?>
<?cs call:chart3(Chart, "bieu-do") ?>
<?cs call:report_table("bao-cao", 0) ?>
<h2 id="danh-gia"><?cs var:Lang.Period.Ratings ?></h2>
<?cs call:ratings_table("danh-gia") ?>
<?cs call:report_notes() ?>
<p class="no-print"><a class="button" href="<?cs var:Req.BasePath ?>/can-bo/bao-cao<?cs var:Page.Query ?>"><?cs var:Lang.Period.Title ?></a></p>
</article>
<?cs /def ?>
