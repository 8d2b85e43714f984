<?cs # Form 02: Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. ?><?cs
def:body() ?>
<p><?cs var:Lang.Notice.F02.Lead ?></p>
<?cs if:subcount(Items) > 0 ?><h2><?cs var:Lang.Notice.F02.Items ?></h2>
<ol><?cs each:i = Items ?><li><?cs var:i.name ?></li><?cs /each ?></ol><?cs /if ?>
<?cs if:Notice.reason ?><h2><?cs var:Lang.Notice.F02.Reason ?></h2>
<p class="reason"><?cs var:Notice.reason ?></p><?cs /if ?>
<p><?cs var:Lang.Notice.F02.How ?> <?cs var:Notice.Base ?>/ho-so/<?cs var:Dossier.D.code ?></p>
<p><?cs var:Lang.Notice.F02.Clock ?></p>
<?cs /def ?>
