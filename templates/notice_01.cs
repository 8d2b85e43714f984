<?cs # Form 01: Giấy tiếp nhận hồ sơ và hẹn trả kết quả. ?><?cs
def:body() ?>
<p><?cs var:Lang.Notice.F01.Lead ?></p>
<h2><?cs var:Lang.Notice.F01.Docs ?></h2>
<ol><?cs each:d = Dossier.Docs ?><?cs if:d.nfiles > 0 ?><li><?cs var:d.name ?> (<?cs var:d.nfiles ?> <?cs var:Lang.Notice.Files ?>)</li><?cs /if ?><?cs /each ?></ol>
<h2><?cs var:Lang.Notice.F01.Due ?></h2>
<p class="notice-due"><strong><?cs var:Due.at ?></strong></p>
<p><?cs var:Lang.Notice.F01.How ?></p>
<p class="explain"><?cs var:Due.explain ?></p>
<h2><?cs var:Lang.Notice.F01.Papers ?></h2>
<?cs if:subcount(Papers) > 0 ?><ul><?cs each:p = Papers ?><li><?cs var:p.name ?> (<?cs var:p.originals ?> <?cs var:Lang.Dossier.DocOriginals ?>)</li><?cs /each ?></ul><?cs else ?><p><?cs var:Lang.Notice.F01.NoPapers ?></p><?cs /if ?>
<h2><?cs var:Lang.Notice.F01.Fee ?></h2>
<p><?cs if:Fee.fee > 0 || Fee.charge > 0 ?><?cs var:Lang.Notice.F01.FeeAmount ?> <?cs var:Fee.fee ?> đồng<?cs if:Fee.charge > 0 ?>; <?cs var:Lang.Notice.F01.Charge ?> <?cs var:Fee.charge ?> đồng<?cs /if ?>. <?cs var:Lang.Notice.F01.FeeWhere ?><?cs else ?><?cs var:Lang.Notice.F01.NoFee ?><?cs /if ?></p>
<?cs if:Fee.fee_note ?><p><?cs var:Fee.fee_note ?></p><?cs /if ?>
<p><?cs var:Lang.Notice.F01.Track ?> <?cs var:Notice.Base ?>/ho-so/<?cs var:Dossier.D.code ?></p>
<?cs /def ?>
