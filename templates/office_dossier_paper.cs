<?cs # The paper copy of an unsigned level-4 dossier on the officer's page
  (included by office_dossier.cs; pages/office_paper.c): arrived, with
  the day, how and reception's note; or awaited, with the documents no
  valid signature covers and, for reception, the form recording it. ?><?cs
if:Dossier.D.paper_received ?><section class="paper" id="ban-giay"><h2><?cs var:Lang.Office.Paper.Title ?></h2>
<p class="ok-note" id="ban-giay-da-nhan"><?cs var:Lang.Office.Paper.Arrived ?> <?cs var:Dossier.D.paper_received ?>, <?cs var:Lang.Office.Paper.How[Dossier.D.paper_received_how] ?>.</p><?cs
  if:Dossier.D.paper_received_note ?><p><?cs var:Lang.Office.Paper.NoteLabel ?>: <?cs var:Dossier.D.paper_received_note ?></p><?cs /if ?></section><?cs
elif:Dossier.D.paper_awaited == 1 ?><section class="paper" id="ban-giay"><h2><?cs var:Lang.Office.Paper.Title ?></h2>
<div class="alert alert-warn" role="status" id="cho-ban-giay"><p><span class="badge paper-awaited"><?cs var:Lang.Office.PaperAwaited ?></span> <?cs var:Lang.Office.Paper.Awaited ?></p><?cs
  if:subcount(PaperDocs) > 0 ?><p><?cs var:Lang.Office.Paper.Docs ?>:</p><ul><?cs each:d = PaperDocs ?><li><?cs var:d.name ?></li><?cs /each ?></ul><?cs /if ?></div><?cs
  if:Page.Can["da-nhan-ban-giay"] ?>
<form class="action" method="post" action="<?cs var:Req.BasePath ?>/can-bo/ho-so/<?cs var:url_escape(Dossier.D.code) ?>/da-nhan-ban-giay" novalidate><?cs call:csrf() ?><input type="hidden" name="phien_ban" value="<?cs var:Dossier.D.version ?>">
<h3><?cs var:Lang.Office.Do.paper_received ?></h3>
<div class="field<?cs if:Form.ngay_nhan.Error ?> has-error<?cs /if ?>">
  <label for="ngay_nhan"><?cs var:Lang.Field.ngay_nhan ?> <span class="req" aria-hidden="true">*</span></label>
  <p class="hint" id="ngay_nhan-gy"><?cs var:Lang.Office.Paper.DayHint ?></p>
  <?cs call:field_error("ngay_nhan") ?>
  <input id="ngay_nhan" name="ngay_nhan" type="date" value="<?cs if:Form.ngay_nhan.Value ?><?cs var:Form.ngay_nhan.Value ?><?cs else ?><?cs var:Page.Today ?><?cs /if ?>" max="<?cs var:Page.Today ?>" required<?cs call:field_describedby("ngay_nhan", 1) ?>>
</div>
<fieldset class="field<?cs if:Form.cach_nhan.Error ?> has-error<?cs /if ?>" id="cach_nhan"><legend><?cs var:Lang.Office.Paper.HowLegend ?> <span class="req" aria-hidden="true">*</span></legend>
  <?cs call:field_error("cach_nhan") ?><?cs each:m = Lang.Office.Paper.How ?>
  <div class="check"><input type="radio" id="cach_nhan_<?cs name:m ?>" name="cach_nhan" value="<?cs name:m ?>"<?cs if:Form.cach_nhan.Value == name(m) || (!Form.cach_nhan.Value && name(m) == "post") ?> checked<?cs /if ?>><label for="cach_nhan_<?cs name:m ?>"><?cs var:m ?></label></div><?cs /each ?>
</fieldset>
<?cs call:textarea("ghi_chu", Lang.Field.ghi_chu, 0, Lang.Office.Paper.NoteHint, 500) ?>
<button type="submit"><?cs var:Lang.Office.Do.paper_received ?></button></form><?cs
  /if ?></section><?cs
/if ?>
