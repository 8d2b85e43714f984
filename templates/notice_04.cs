<?cs # Form 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả: sent when the
     leader approves an extension (workflow: approve_extension), with the
     date Form 01 promised (Due.first), the extension and the new date the
     deadline engine computed with it. ?><?cs
def:body() ?>
<p><?cs var:Lang.Notice.F04.Lead ?></p>
<h2><?cs var:Lang.Notice.F04.Reason ?></h2>
<p class="reason"><?cs var:Notice.reason ?></p>
<?cs if:Due.first ?><h2><?cs var:Lang.Notice.F04.First ?></h2>
<p id="hen-ban-dau"><?cs var:Due.first ?></p><?cs /if ?>
<?cs if:Notice.extend_days ?><p><?cs var:Lang.Notice.F04.ExtendBy ?> <strong><?cs var:Notice.extend_days ?> <?cs var:Lang.Notice.F04.Days ?></strong>.</p><?cs /if ?>
<h2><?cs var:Lang.Notice.F04.Due ?></h2>
<p id="hen-moi"><strong><?cs var:Due.at ?></strong></p>
<?cs if:Due.explain ?><p class="explain"><?cs var:Due.explain ?></p><?cs /if ?>
<p><?cs var:Lang.Notice.F04.After ?></p>
<?cs /def ?>
