<?cs include:"macros.cs" ?><?cs set:Page.Title = Agency.name ?><?cs
def:body() ?>
<h1><?cs var:Agency.name ?></h1>
<?cs if:Page.Refused ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus id="loi-thay-doi"><p><?cs var:Page.Refused ?></p></div><?cs /if ?>
<dl class="facts">
  <dt><?cs var:Lang.Admin.Agency.Code ?></dt><dd><?cs var:Agency.code ?></dd>
  <?cs if:Agency.parent ?><dt><?cs var:Lang.Admin.Agency.Parent ?></dt><dd><?cs var:Agency.parent ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Admin.Agency.State ?></dt><dd><?cs if:Agency.status == "closed" ?><?cs var:Lang.Admin.Agency.Closed ?> <?cs var:Agency.closed_on ?><?cs if:Agency.successor ?>; <?cs var:Lang.Admin.Agency.Successor ?>: <?cs var:Agency.successor ?><?cs /if ?><?cs else ?><?cs var:Lang.Admin.Agency.Active ?><?cs /if ?></dd>
  <dt><?cs var:Lang.Admin.Agency.Open ?></dt><dd><?cs var:Agency.Open ?></dd>
</dl>
<?cs if:subcount(Agency.Events) > 0 ?>
<h2><?cs var:Lang.Admin.Agency.History ?></h2>
<ul><?cs each:e = Agency.Events ?><li><?cs var:e.date ?>: <?cs var:Lang.Admin.Agency.Event[e.event] ?><?cs if:e.old_name ?> (<?cs var:Lang.Admin.Agency.OldName ?>: <?cs var:e.old_name ?>)<?cs /if ?><?cs if:e.note ?> – <?cs var:e.note ?><?cs /if ?></li><?cs /each ?></ul>
<?cs /if ?>
<?cs if:subcount(Agency.Changes) > 0 ?>
<h2><?cs var:Lang.Admin.Agency.Changes ?></h2>
<div class="table-wrap"><table id="thay-doi">
  <thead><tr><th scope="col"><?cs var:Lang.Admin.Agency.KindLabel ?></th><th scope="col"><?cs var:Lang.Admin.Agency.EffectiveOn ?></th><th scope="col"><?cs var:Lang.Admin.Agency.What ?></th><th scope="col"><?cs var:Lang.Admin.Agency.State ?></th></tr></thead>
  <tbody><?cs each:c = Agency.Changes ?>
  <tr><td><?cs var:Lang.Admin.Agency.Kind[c.kind] ?></td><td><?cs var:c.effective_on ?></td><td><?cs if:c.new_name ?><?cs var:Lang.Admin.Agency.NewName ?>: <?cs var:c.new_name ?><?cs else ?><?cs var:Lang.Admin.Agency.Successor ?>: <?cs var:c.successor ?><?cs /if ?><?cs if:c.note ?><br><?cs var:c.note ?><?cs /if ?></td><td><?cs var:Lang.Admin.Agency.ChangeState[c.state] ?><?cs if:c.state == "done" ?> <?cs var:c.done_at ?>: <?cs var:c.dossiers ?> <?cs var:Lang.Admin.Agency.Dossiers ?>, <?cs var:c.staff ?> <?cs var:Lang.Admin.Agency.Staff ?>, <?cs var:c.procs ?> <?cs var:Lang.Admin.Agency.Procs ?><?cs /if ?><?cs if:c.state == "waiting" ?>
    <form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/co-quan/<?cs var:url_escape(Agency.code) ?>/huy/<?cs var:c.id ?>"><?cs call:csrf() ?><button type="submit" class="button button-secondary"><?cs var:Lang.Admin.Agency.Cancel ?></button></form><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div>
<?cs /if ?>
<?cs if:Agency.status != "closed" && !Agency.Waiting ?>
<h2><?cs var:Lang.Admin.Agency.NewChange ?></h2>
<p><?cs var:Lang.Admin.Agency.NewLead ?></p>
<?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/quan-tri/co-quan/<?cs var:url_escape(Agency.code) ?>/thay-doi" novalidate>
  <?cs call:csrf() ?>
  <fieldset class="field<?cs if:Form.loai_thay_doi.Error ?> has-error<?cs /if ?>" id="loai_thay_doi"<?cs if:Form.loai_thay_doi.Error ?> aria-describedby="loai_thay_doi-loi"<?cs /if ?>>
    <legend><?cs var:Lang.Field.loai_thay_doi ?> <span class="req" aria-hidden="true">*</span></legend>
    <?cs call:field_error("loai_thay_doi") ?>
    <label class="choice" for="loai-doi-ten"><input type="radio" id="loai-doi-ten" name="loai_thay_doi" value="doi-ten"<?cs if:Form.loai_thay_doi.Value == "doi-ten" ?> checked<?cs /if ?>> <?cs var:Lang.Admin.Agency.Kind.renamed ?></label>
    <label class="choice" for="loai-sap-nhap"><input type="radio" id="loai-sap-nhap" name="loai_thay_doi" value="sap-nhap"<?cs if:Form.loai_thay_doi.Value == "sap-nhap" ?> checked<?cs /if ?>> <?cs var:Lang.Admin.Agency.Kind.merged ?></label>
    <label class="choice" for="loai-giai-the"><input type="radio" id="loai-giai-the" name="loai_thay_doi" value="giai-the"<?cs if:Form.loai_thay_doi.Value == "giai-the" ?> checked<?cs /if ?>> <?cs var:Lang.Admin.Agency.Kind.closed ?></label>
  </fieldset>
  <?cs call:input("ngay_hieu_luc", Lang.Field.ngay_hieu_luc, "text", "off", 1, Lang.Admin.Agency.DayHint, 10) ?>
  <?cs call:input("ten_moi", Lang.Field.ten_moi, "text", "off", 0, Lang.Admin.Agency.NameHint, 255) ?>
  <div class="field<?cs if:Form.co_quan_tiep_nhan.Error ?> has-error<?cs /if ?>">
    <label for="co_quan_tiep_nhan"><?cs var:Lang.Field.co_quan_tiep_nhan ?> <span class="opt"><?cs var:Lang.Admin.Agency.SuccessorOpt ?></span></label>
    <?cs call:field_error("co_quan_tiep_nhan") ?>
    <select id="co_quan_tiep_nhan" name="co_quan_tiep_nhan"<?cs call:field_describedby("co_quan_tiep_nhan", "") ?>>
      <option value=""><?cs var:Lang.Admin.Agency.ChooseSuccessor ?></option>
      <?cs each:a = Choices ?><option value="<?cs var:a.code ?>"<?cs if:Form.co_quan_tiep_nhan.Value == a.code ?> selected<?cs /if ?>><?cs var:a.name ?> (<?cs var:a.code ?>)</option><?cs /each ?>
    </select>
  </div>
  <?cs call:input("can_cu", Lang.Field.can_cu, "text", "off", 0, Lang.Admin.Agency.NoteHint, 500) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Agency.Submit ?></button></p>
</form>
<?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/quan-tri/co-quan"><?cs var:Lang.Admin.Agency.Back ?></a></p>
<?cs /def ?>
