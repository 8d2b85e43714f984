<?cs include:"macros.cs" ?><?cs include:"payment_parts.cs" ?><?cs set:Page.Title = Lang.Dossier.ViewTitle + " " + Dossier.D.code ?><?cs
def:body() ?>
<nav class="breadcrumb" aria-label="<?cs var:Lang.Layout.Breadcrumb ?>">
  <ol><li><a href="<?cs var:Req.BasePath ?>/ho-so"><?cs var:Lang.Dossier.ListTitle ?></a></li></ol>
</nav>
<h1><?cs var:Lang.Dossier.ViewTitle ?> <?cs var:Dossier.D.code ?></h1>
<?cs if:Page.Supplemented ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Dossier.SupplementDone ?></p></div><?cs /if ?>
<?cs if:Dossier.D.status == 7 ?><div class="alert alert-warn" role="status"><p><?cs var:Lang.Dossier.WithdrawPending ?></p></div><?cs /if ?>
<?cs if:Dossier.D.status == 5 ?><div class="alert alert-warn" role="status"><p><?cs var:Lang.Dossier.St.5 ?>.</p><p><a class="button" href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/bo-sung"><?cs var:Lang.Dossier.SupplementLink ?></a></p></div><?cs /if ?>
<?cs call:paper_box(Dossier.D, "status") ?>
<dl class="facts">
  <dt><?cs var:Lang.Dossier.Status ?></dt><dd><?cs call:dossier_status(Dossier.D.status) ?></dd>
  <dt><?cs var:Lang.Dossier.Procedure ?></dt><dd><?cs var:Dossier.D.proc_code ?> – <?cs var:Dossier.D.proc_name ?></dd>
  <?cs if:Dossier.D.case_name ?><dt><?cs var:Lang.Dossier.Case ?></dt><dd><?cs var:Dossier.D.case_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Dossier.Agency ?></dt><dd><?cs var:Dossier.D.agency_name ?></dd>
  <dt><?cs var:Lang.Dossier.Submitted ?></dt><dd><?cs var:Dossier.D.submitted ?></dd>
  <dt><?cs var:Lang.Dossier.Applicant2 ?></dt><dd><?cs var:Dossier.D.applicant_name ?></dd>
  <dt><?cs var:Lang.Dossier.Clock ?></dt><dd id="dong-ho"><?cs call:clock_text(Clock) ?></dd>
  <?cs call:due_facts(Clock) ?>
</dl>
<?cs if:Clock.explain ?><details><summary><?cs var:Lang.Office.HowDue ?></summary><p class="explain" lang="vi"><?cs var:Clock.explain ?></p></details><?cs /if ?>
<?cs call:pay_facts(Pay, Dossier.D.code) ?><?cs
if:Pay.owed ?><p><a class="button" id="nop-phi" href="<?cs var:Req.BasePath ?>/thanh-toan/ho-so/<?cs var:url_escape(Dossier.D.code) ?>"><?cs var:Lang.Pay.PayLink ?></a></p><?cs /if ?>
<p><a class="button button-secondary" href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/bien-nhan"><?cs var:Lang.Dossier.Receipt ?></a></p>
<h2><?cs var:Lang.Dossier.Files ?></h2>
<?cs call:dossier_files(Dossier.Docs, 0) ?>
<?cs call:gone_files(Dossier.Docs, "/ho-so/tep/") ?>
<?cs if:Page.Failure == "status" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Office.WrongStatus ?> <?cs call:dossier_status(Dossier.D.status) ?>.</p></div><?cs
elif:Page.Failure == "withdraw" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.WithdrawNeed ?></p></div><?cs
elif:Page.Failure == "rating" ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Lang.Dossier.RatingNeed ?></p></div><?cs /if ?>
<?cs if:Dossier.D.status == 9 || Dossier.D.status == 10 ?><section id="ket-qua"><h2><?cs var:Lang.Dossier.ResultTitle ?></h2><?cs
  if:Page.ResultOnline ?><p><a class="button" href="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/ket-qua"><?cs var:Lang.Dossier.ResultDownload ?></a> (<?cs var:Dossier.D.result_name ?>)</p><?cs
  elif:Dossier.D.return_method == "post" ?><p><?cs var:Lang.Dossier.ResultByPost ?> <?cs var:Dossier.D.post_tracking ?></p><?cs
  elif:Dossier.D.return_method == "counter" ?><p><?cs var:Lang.Dossier.ResultAtCounter ?></p><?cs
  else ?><p><?cs var:Lang.Dossier.ResultReady ?></p><?cs /if ?></section><?cs /if ?>
<?cs if:Page.CanRate || Rating.at ?><section id="danh-gia"><h2><?cs var:Lang.Dossier.RatingTitle ?></h2><?cs
  if:Rating.at ?><?cs if:Page.Rated ?><div class="alert alert-ok" role="status"><p><?cs var:Lang.Dossier.RatingThanks ?></p></div><?cs /if ?><ul><?cs each:r = Rating.Scores ?><li><?cs var:r.name ?>: <?cs var:r.score ?>/5</li><?cs /each ?></ul><?cs if:Rating.comment ?><p><?cs var:Rating.comment ?></p><?cs /if ?><?cs
  else ?><p><?cs var:Lang.Dossier.RatingLead ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/danh-gia"><?cs call:csrf() ?><?cs each:c = Criteria ?>
<div class="field"><label for="diem_<?cs name:c ?>"><?cs var:c.name ?></label><select id="diem_<?cs name:c ?>" name="diem_<?cs name:c ?>" required><option value=""></option><option value="5">5</option><option value="4">4</option><option value="3">3</option><option value="2">2</option><option value="1">1</option></select></div><?cs /each ?>
<div class="field"><label for="gop_y"><?cs var:Lang.Dossier.RatingComment ?></label><textarea id="gop_y" name="gop_y" rows="3" maxlength="2000"></textarea></div>
<button type="submit"><?cs var:Lang.Dossier.RatingButton ?></button></form><?cs /if ?></section><?cs /if ?>
<h2><?cs var:Lang.Dossier.Notices ?></h2>
<?cs call:notice_list(Notices, "/ho-so/" + Dossier.D.code + "/thong-bao/") ?>
<h2><?cs var:Lang.Dossier.History ?></h2>
<?cs # the office's internal notes (a proposal's, a returned draft's
     comment) stay with the office: the citizen sees the step ?><?cs
set:Hide.propose_result = 1 ?><?cs set:Hide.propose_supplement = 1 ?><?cs
set:Hide.propose_refusal = 1 ?><?cs set:Hide.return_draft = 1 ?><?cs
set:Hide.propose_extension = 1 ?><?cs call:timeline(Dossier.Events) ?>
<?cs if:Page.CanWithdraw ?><section id="rut-ho-so"><h2><?cs var:Lang.Dossier.WithdrawTitle ?></h2>
<p><?cs var:Lang.Dossier.WithdrawLead ?></p>
<form method="post" action="<?cs var:Req.BasePath ?>/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/rut-ho-so"><?cs call:csrf() ?>
<div class="field"><label for="ly_do_rut"><?cs var:Lang.Dossier.WithdrawReason ?> <span class="req" aria-hidden="true">*</span></label><textarea id="ly_do_rut" name="ly_do" rows="3" maxlength="2000" required></textarea></div>
<button type="submit" class="button-danger"><?cs var:Lang.Dossier.WithdrawButton ?></button></form></section><?cs /if ?>
<?cs /def ?>
