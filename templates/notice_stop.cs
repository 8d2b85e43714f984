<?cs # Thông báo dừng giải quyết hồ sơ: Mẫu số 05 of the 2025 profile; sent
     under the same title without a number in the 2018 profile, whose
     forms have none for it. Notice.withdrawn: it confirms the citizen's
     request to withdraw; Notice.refund: a fee paid is owed back. ?><?cs
def:body() ?>
<?cs if:Notice.withdrawn ?><p><?cs var:Lang.Notice.Stop.LeadWithdrawn ?></p><?cs
else ?><p><?cs var:Lang.Notice.Stop.Lead ?></p><?cs /if ?>
<h2><?cs var:Lang.Notice.Stop.Reason ?></h2>
<p class="reason"><?cs var:Notice.reason ?></p>
<p><?cs var:Lang.Notice.Stop.After ?></p>
<?cs if:Notice.refund ?><p><?cs var:Lang.Notice.Stop.Refund ?></p><?cs /if ?>
<p><?cs var:Lang.Notice.Stop.Track ?> <?cs var:Notice.Base ?>/ho-so/<?cs var:Dossier.D.code ?></p>
<?cs /def ?>
