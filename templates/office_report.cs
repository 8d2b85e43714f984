<?cs include:"macros.cs" ?><?cs include:"report_parts.cs" ?><?cs set:Page.Title = Lang.Period.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Period.Title ?></h1>
<p class="lead"><?cs var:Lang.Period.Lead ?></p>
<?cs call:bad_box() ?>
<div class="list-layout report-layout">
<?cs call:period_form("/can-bo/bao-cao", 1) ?>
<div class="report-main"><?cs if:!Page.Bad ?>
<h2 id="bao-cao"><?cs var:Lang.Period.Heading ?> <?cs call:period_name() ?> – <?cs call:scope_name() ?></h2>
<p class="actions no-print"><a class="button button-secondary" href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/in<?cs var:Page.Query ?>"><?cs var:Lang.Period.Print ?></a> <a class="button button-secondary" id="tai-csv" href="<?cs var:Req.BasePath ?>/can-bo/bao-cao.csv<?cs var:Page.Query ?>"><?cs var:Lang.Period.Csv ?></a> <a class="button button-secondary" id="tai-json" href="<?cs var:Req.BasePath ?>/can-bo/bao-cao.json<?cs var:Page.Query ?>"><?cs var:Lang.Period.Json ?></a></p>
<p><?cs var:Lang.Period.Links ?>: <a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/chi-so<?cs var:Page.Query ?>"><?cs var:Lang.Staff.ScorecardLink ?></a> · <a href="<?cs var:Req.BasePath ?>/can-bo/bao-cao/nam?nam=<?cs var:Period.year ?><?cs if:Scope.code ?>&amp;co_quan=<?cs var:url_escape(Scope.code) ?><?cs /if ?>"><?cs var:Lang.Staff.AnnualLink ?></a></p>
<?cs if:subcount(Report.Rows) == 0 ?><p id="khong-co"><?cs var:Lang.Period.Empty ?></p><?cs /if ?>
<dl class="facts channel">
  <dt><?cs var:Lang.Period.Channel ?></dt><dd><?cs var:Lang.Period.ChannelOnline ?>: <strong id="kenh-truc-tuyen"><?cs var:Report.Total.received_online ?></strong>; <?cs var:Lang.Period.ChannelCounter ?>: <strong id="kenh-truc-tiep"><?cs var:Report.Total.received_counter ?></strong>; <?cs var:Lang.Period.ChannelPost ?>: <strong id="kenh-buu-chinh"><?cs var:Report.Total.received_post ?></strong></dd>
</dl>
<?cs call:chart3(Chart, "bieu-do") ?>
<?cs call:report_table("bao-cao", 1) ?>
<h2 id="danh-gia"><?cs var:Lang.Period.Ratings ?></h2>
<?cs call:ratings_table("danh-gia") ?>
<?cs call:report_notes() ?>
<?cs /if ?></div>
</div>
<?cs /def ?>
