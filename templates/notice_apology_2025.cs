<?cs # Notice profile 2025, Mẫu số 04: Văn bản xin lỗi và đề nghị gia hạn
     thời gian giải quyết (Circular 03/2025/TT-VPCP): the apology, the
     extension the leader approved (Notice.extend_days working days), the
     date Form 01 promised (Due.first) and the new due date the deadline
     engine computed with it. ?><?cs
def:body() ?>
<p><?cs var:Lang.Notice.Apology2025.Lead ?></p>
<h2><?cs var:Lang.Notice.Apology2025.Reason ?></h2>
<p class="reason"><?cs var:Notice.reason ?></p>
<h2><?cs var:Lang.Notice.Apology2025.Extension ?></h2>
<?cs if:Due.first ?><p id="hen-ban-dau"><?cs var:Lang.Notice.Apology2025.First ?> <?cs var:Due.first ?></p><?cs /if ?>
<p><?cs var:Lang.Notice.Apology2025.ExtendBy ?> <strong><?cs var:Notice.extend_days ?> <?cs var:Lang.Notice.Apology2025.Days ?></strong>.</p>
<p id="hen-moi"><?cs var:Lang.Notice.Apology2025.Due ?> <strong><?cs var:Due.at ?></strong></p>
<?cs if:Due.explain ?><p class="explain"><?cs var:Due.explain ?></p><?cs /if ?>
<p><?cs var:Lang.Notice.Apology2025.After ?></p>
<p><?cs var:Lang.Notice.Apology2025.Track ?> <?cs var:Notice.Base ?>/ho-so/<?cs var:Dossier.D.code ?></p>
<?cs /def ?>
