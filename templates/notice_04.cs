<?cs # Form 04: Phiếu xin lỗi và hẹn lại ngày trả kết quả. ?><?cs
def:body() ?>
<p><?cs var:Lang.Notice.F04.Lead ?></p>
<h2><?cs var:Lang.Notice.F04.Reason ?></h2>
<p class="reason"><?cs var:Notice.reason ?></p>
<h2><?cs var:Lang.Notice.F04.Due ?></h2>
<p><strong><?cs var:Due.at ?></strong></p>
<?cs if:Due.explain ?><p class="explain"><?cs var:Due.explain ?></p><?cs /if ?>
<p><?cs var:Lang.Notice.F04.After ?></p>
<?cs /def ?>
