<?cs # One template for every mail: Mail.Kind picks the text, Mail.Html the
     form. The text part is not HTML: no escaping there. ?><?cs
def:link() ?><?cs
  if:Mail.Kind == "Confirm" ?><?cs var:Mail.Base ?>/tai-khoan/xac-nhan?ma=<?cs var:Mail.Token ?><?cs if:Mail.Next ?>&tiep=<?cs var:url_escape(Mail.Next) ?><?cs /if ?><?cs
  elif:Mail.Kind == "Reset" ?><?cs var:Mail.Base ?>/tai-khoan/dat-lai-mat-khau?ma=<?cs var:Mail.Token ?><?cs
  elif:Mail.Link ?><?cs var:Mail.Link ?><?cs
  else ?><?cs var:Mail.Base ?>/tai-khoan/dang-nhap<?cs /if ?><?cs
/def ?><?cs
def:notice_number(n) ?><?cs var:n.number ?>/<?cs var:n.year ?><?cs if:n.form ?>/<?cs var:n.form ?><?cs /if ?><?cs /def ?><?cs
if:Mail.Html == "1" ?><!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title><?cs if:Mail.Subject ?><?cs var:Mail.Subject ?><?cs else ?><?cs var:Lang.Mail[Mail.Kind].Subject ?><?cs /if ?></title></head>
<body>
<p><?cs var:Lang.Mail.Greeting ?> <?cs var:Mail.Name ?>,</p>
<p><?cs var:Lang.Mail[Mail.Kind].Text ?><?cs if:Mail.Minutes ?> <?cs var:Mail.Minutes ?>.<?cs /if ?></p>
<?cs if:Mail.Quote ?><p><?cs var:Lang.Mail[Mail.Kind].Quote ?>: <?cs var:Mail.Quote ?></p><?cs /if ?><?cs if:Mail.Note ?><p><?cs var:Mail.Note ?></p><?cs /if ?>
<?cs if:Mail.Kind == "DraftWarning" ?><p><?cs var:Lang.Dossier.Procedure ?>: <?cs var:Mail.Draft.proc_name ?><br><?cs var:Lang.Mail.DraftWarning.Created ?>: <?cs var:Mail.Draft.created ?></p><p><?cs var:Lang.Mail.DraftWarning.Days ?>: <strong><?cs var:Mail.Draft.days ?></strong></p><?cs /if ?>
<?cs if:Mail.Kind == "WaitAlert" ?><p><?cs var:Lang.Mail.WaitAlert.Hours ?>: <?cs var:Mail.Hours ?></p><ul><?cs each:i = Mail.Items ?><li><a href="<?cs var:i.link ?>"><?cs var:i.code ?></a> – <?cs var:i.proc_name ?> (<?cs var:i.agency_name ?>), <?cs var:Lang.Mail.WaitAlert.Since ?> <?cs var:i.since ?></li><?cs /each ?></ul><?cs /if ?>
<?cs if:Mail.Code ?><p><?cs var:Lang.Dossier.Code ?>: <strong><?cs var:Mail.Code ?></strong><br><?cs var:Lang.Dossier.Procedure ?>: <?cs var:Mail.Dossier.D.proc_name ?><br><?cs var:Lang.Dossier.Agency ?>: <?cs var:Mail.Dossier.D.agency_name ?><?cs if:Mail.Dossier.D.paper_awaited == 1 ?></p><p><?cs var:Lang.Dossier.PaperPending ?><?cs elif:Mail.Dossier.D.paper_received ?></p><p><?cs var:Lang.Dossier.PaperArrived ?> <?cs var:Lang.Dossier.PaperArrivedOn ?> <?cs var:Mail.Dossier.D.paper_received ?>.<?cs /if ?></p><?cs /if ?>
<?cs if:Mail.Reason ?><p><?cs var:Lang.Mail.Reason ?>: <?cs var:Mail.Reason ?></p><?cs /if ?>
<?cs if:Mail.Notice.title ?><p><strong><?cs var:Mail.Notice.title ?></strong><br><?cs var:Lang.Mail.NoticeNumber ?> <?cs call:notice_number(Mail.Notice) ?><?cs if:Mail.Due.at ?><br><?cs var:Lang.Mail.NoticeDue ?>: <strong><?cs var:Mail.Due.at ?></strong><?cs /if ?></p><?cs if:Mail.Due.explain ?><p><?cs var:Mail.Due.explain ?></p><?cs /if ?><?cs if:subcount(Mail.Items) > 0 ?><p><?cs var:Lang.Mail.NoticeItems ?>:</p><ul><?cs each:i = Mail.Items ?><li><?cs var:i.name ?></li><?cs /each ?></ul><?cs /if ?><?cs if:Mail.Notice.reason ?><p><?cs var:Lang.Mail.NoticeReason ?>: <?cs var:Mail.Notice.reason ?></p><?cs /if ?><?cs /if ?>
<?cs if:Mail.Kind != "Deleted" ?><p><a href="<?cs call:link() ?>"><?cs call:link() ?></a></p><?cs /if ?>
<?cs if:Mail.Kind == "Exists" ?><p><a href="<?cs var:Mail.Base ?>/tai-khoan/quen-mat-khau"><?cs var:Lang.Mail.ResetLink ?></a></p><?cs /if ?>
<p><?cs var:Site.Name ?></p>
<p><small><?cs var:Lang.Mail.Footer ?></small></p>
</body></html>
<?cs else ?><?cs escape:"none" ?><?cs var:Lang.Mail.Greeting ?> <?cs var:Mail.Name ?>,

<?cs var:Lang.Mail[Mail.Kind].Text ?><?cs if:Mail.Minutes ?> <?cs var:Mail.Minutes ?>.<?cs /if ?>
<?cs if:Mail.Quote ?><?cs var:Lang.Mail[Mail.Kind].Quote ?>: <?cs var:Mail.Quote ?>
<?cs /if ?><?cs if:Mail.Note ?>
<?cs var:Mail.Note ?>
<?cs /if ?><?cs if:Mail.Kind == "DraftWarning" ?><?cs var:Lang.Dossier.Procedure ?>: <?cs var:Mail.Draft.proc_name ?>
<?cs var:Lang.Mail.DraftWarning.Created ?>: <?cs var:Mail.Draft.created ?>
<?cs var:Lang.Mail.DraftWarning.Days ?>: <?cs var:Mail.Draft.days ?>
<?cs /if ?><?cs if:Mail.Kind == "WaitAlert" ?><?cs var:Lang.Mail.WaitAlert.Hours ?>: <?cs var:Mail.Hours ?>
<?cs each:i = Mail.Items ?>- <?cs var:i.code ?> – <?cs var:i.proc_name ?> (<?cs var:i.agency_name ?>), <?cs var:Lang.Mail.WaitAlert.Since ?> <?cs var:i.since ?>: <?cs var:i.link ?>
<?cs /each ?><?cs /if ?><?cs if:Mail.Code ?>
<?cs var:Lang.Dossier.Code ?>: <?cs var:Mail.Code ?>
<?cs var:Lang.Dossier.Procedure ?>: <?cs var:Mail.Dossier.D.proc_name ?>
<?cs var:Lang.Dossier.Agency ?>: <?cs var:Mail.Dossier.D.agency_name ?>
<?cs if:Mail.Dossier.D.paper_awaited == 1 ?><?cs var:Lang.Dossier.PaperPending ?>
<?cs elif:Mail.Dossier.D.paper_received ?><?cs var:Lang.Dossier.PaperArrived ?> <?cs var:Lang.Dossier.PaperArrivedOn ?> <?cs var:Mail.Dossier.D.paper_received ?>.
<?cs /if ?><?cs if:Mail.Reason ?><?cs var:Lang.Mail.Reason ?>: <?cs var:Mail.Reason ?>
<?cs /if ?><?cs /if ?><?cs if:Mail.Notice.title ?>
<?cs var:Mail.Notice.title ?> (<?cs var:Lang.Mail.NoticeNumber ?> <?cs call:notice_number(Mail.Notice) ?>)
<?cs if:Mail.Due.at ?><?cs var:Lang.Mail.NoticeDue ?>: <?cs var:Mail.Due.at ?>
<?cs var:Mail.Due.explain ?>
<?cs /if ?><?cs if:subcount(Mail.Items) > 0 ?><?cs var:Lang.Mail.NoticeItems ?>:
<?cs each:i = Mail.Items ?>- <?cs var:i.name ?>
<?cs /each ?><?cs /if ?><?cs if:Mail.Notice.reason ?><?cs var:Lang.Mail.NoticeReason ?>: <?cs var:Mail.Notice.reason ?>
<?cs /if ?><?cs /if ?><?cs if:Mail.Kind != "Deleted" ?>
<?cs call:link() ?>
<?cs /if ?><?cs if:Mail.Kind == "Exists" ?>
<?cs var:Lang.Mail.ResetLink ?>: <?cs var:Mail.Base ?>/tai-khoan/quen-mat-khau
<?cs /if ?>
--
<?cs var:Site.Name ?>
<?cs var:Lang.Mail.Footer ?>
<?cs /escape ?><?cs /if ?>
