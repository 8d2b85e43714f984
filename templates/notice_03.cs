<?cs # Form 03: Phiếu từ chối tiếp nhận giải quyết hồ sơ. ?><?cs
def:body() ?>
<p><?cs var:Lang.Notice.F03.Lead ?></p>
<h2><?cs var:Lang.Notice.F03.Reason ?></h2>
<p class="reason"><?cs var:Notice.reason ?></p>
<p><?cs var:Lang.Notice.F03.After ?></p>
<?cs /def ?>
