<?cs # The components of one procedure (P.*), shared by the page and its
     printable view. ?><?cs
# the internal process's steps: every one (ch ""), or channel ch's: its
  own and those of every channel ?><?cs
def:process_table(ch) ?>
  <div class="table-wrap"><table class="stack"<?cs if:ch ?> id="quy-trinh-<?cs var:ch ?>"<?cs /if ?>>
    <thead><tr><th scope="col"><?cs var:Lang.Cat.ProcessStep ?></th><th scope="col"><?cs var:Lang.Cat.ProcessRole ?></th><th scope="col"><?cs var:Lang.Cat.ProcessUnit ?></th><th scope="col"><?cs var:Lang.Cat.ProcessHours ?></th></tr></thead>
    <tbody><?cs each:s = P.Process ?><?cs if:ch == "" || !s.channel || s.channel == ch ?><tr><td><?cs var:s.step ?></td><td data-label="<?cs var:Lang.Cat.ProcessRole ?>"><?cs call:role(s.role) ?></td><td data-label="<?cs var:Lang.Cat.ProcessUnit ?>"><?cs var:s.unit ?></td><td data-label="<?cs var:Lang.Cat.ProcessHours ?>"><?cs var:s.hours ?></td></tr><?cs /if ?><?cs /each ?></tbody>
  </table></div><?cs
/def ?><?cs
def:proc_details() ?>
<section aria-labelledby="s-coquan">
  <h2 id="s-coquan"><?cs var:Lang.Cat.SecImpl ?></h2>
  <dl class="facts">
    <dt><?cs var:Lang.Cat.Implementing ?></dt>
    <dd><ul class="plain"><?cs each:a = P.Impl ?><li><a href="<?cs var:Req.BasePath ?>/co-quan/<?cs var:url_escape(a.code) ?>"><?cs var:a.name ?></a></li><?cs /each ?></ul></dd>
    <?cs if:subcount(P.Competent) ?><dt><?cs var:Lang.Cat.Competent ?></dt>
    <dd><ul class="plain"><?cs each:a = P.Competent ?><li><?cs var:a.name ?></li><?cs /each ?></ul></dd><?cs /if ?>
    <?cs if:subcount(P.Coord) ?><dt><?cs var:Lang.Cat.Coordinating ?></dt>
    <dd><ul class="plain"><?cs each:a = P.Coord ?><li><?cs var:a.name ?></li><?cs /each ?></ul></dd><?cs /if ?>
    <dt><?cs var:Lang.Cat.Levels ?></dt>
    <dd><?cs if:P.province ?><?cs var:Lang.Cat.AlProvince ?> <?cs /if ?><?cs if:P.district ?><?cs var:Lang.Cat.AlDistrict ?> <?cs /if ?><?cs if:P.commune ?><?cs var:Lang.Cat.AlCommune ?><?cs /if ?></dd>
  </dl>
</section>

<?cs if:P.subjects ?><section aria-labelledby="s-doituong"><h2 id="s-doituong"><?cs var:Lang.Cat.SecSubjects ?></h2><p class="text"><?cs var:P.subjects ?></p></section><?cs /if ?>
<?cs if:P.conditions ?><section aria-labelledby="s-dieukien"><h2 id="s-dieukien"><?cs var:Lang.Cat.SecConditions ?></h2><p class="text"><?cs var:P.conditions ?></p></section><?cs /if ?>

<?cs if:subcount(P.Cases) ?>
<section aria-labelledby="s-truonghop">
  <h2 id="s-truonghop"><?cs var:Lang.Cat.SecCases ?></h2>
  <ul><?cs each:c = P.Cases ?><li><?cs var:c.name ?><?cs if:c.free ?> – <?cs var:Lang.Cat.Free ?><?cs elif:c.fee ?> – <?cs var:Lang.Cat.Fee ?> <?cs var:c.fee ?> <?cs var:Lang.Cat.Dong ?><?cs if:c.charge != "0" ?>, <?cs var:Lang.Cat.Charge ?> <?cs var:c.charge ?> <?cs var:Lang.Cat.Dong ?><?cs /if ?><?cs /if ?></li><?cs /each ?></ul>
</section>
<?cs /if ?>

<section aria-labelledby="s-cachthuc">
  <h2 id="s-cachthuc"><?cs var:Lang.Cat.SecChannels ?></h2>
  <div class="table-wrap"><table class="stack">
    <thead><tr><th scope="col"><?cs var:Lang.Cat.Channel ?></th><th scope="col"><?cs var:Lang.Cat.Time ?></th><th scope="col"><?cs var:Lang.Cat.Fee ?></th><th scope="col"><?cs var:Lang.Cat.Charge ?></th></tr></thead>
    <tbody><?cs each:c = P.Chan ?>
      <tr><th scope="row"><?cs call:channel(c.channel) ?></th>
        <td data-label="<?cs var:Lang.Cat.Time ?>"><?cs var:c.time ?> <?cs call:unit(c.unit) ?></td>
        <?cs if:c.free ?><td colspan="2" data-label="<?cs var:Lang.Cat.Fee ?>"><?cs var:Lang.Cat.Free ?><?cs if:c.fee_note ?><br><span class="small"><?cs var:c.fee_note ?></span><?cs /if ?></td>
        <?cs else ?><td data-label="<?cs var:Lang.Cat.Fee ?>"><?cs var:c.fee ?> <?cs var:Lang.Cat.Dong ?></td><td data-label="<?cs var:Lang.Cat.Charge ?>"><?cs var:c.charge ?> <?cs var:Lang.Cat.Dong ?><?cs if:c.fee_note ?><br><span class="small"><?cs var:c.fee_note ?></span><?cs /if ?></td><?cs /if ?></tr>
    <?cs /each ?></tbody>
  </table></div><?cs
  if:subcount(P.Exempt) ?>
  <h3 id="s-mienphi"><?cs var:Lang.Cat.Exempt ?></h3>
  <ul id="doi-tuong-mien-phi"><?cs each:x = P.Exempt ?><li><?cs var:x ?></li><?cs /each ?></ul><?cs /if ?><?cs
  # a dossier submitted online: when its fee is due and how it is paid ?><?cs
  each:c = P.Chan ?><?cs if:c.channel == "online" && !c.free ?>
  <dl class="facts" id="phi-nop-truc-tuyen">
    <dt><?cs var:Lang.Pay.WhenLabel ?></dt><dd id="phi-thoi-diem"><?cs var:Lang.Pay.When[P.pay_when] ?></dd>
    <dt><?cs var:Lang.Pay.HowLabel ?></dt><dd id="phi-cach-nop"><?cs var:Lang.Pay.How ?></dd>
  </dl><?cs /if ?><?cs /each ?>
</section>

<section aria-labelledby="s-trinhtu">
  <h2 id="s-trinhtu"><?cs var:Lang.Cat.SecSteps ?></h2>
  <ol class="steps"><?cs each:s = P.Steps ?>
    <li><span class="party party-<?cs var:s.party ?>"><?cs if:s.party == "citizen" ?><?cs var:Lang.Cat.PartyCitizen ?><?cs else ?><?cs var:Lang.Cat.PartyAgency ?><?cs /if ?></span>
      <?cs if:s.case_name ?><span class="case">(<?cs var:s.case_name ?>)</span><?cs /if ?>
      <span class="text"><?cs var:s.text ?></span></li>
  <?cs /each ?></ol>
  <h3><?cs var:Lang.Cat.Responsibility ?></h3>
  <ul><li><?cs var:Lang.Cat.RespCitizen ?></li><li><?cs var:Lang.Cat.RespAgency ?></li></ul>
</section>

<section aria-labelledby="s-hoso">
  <h2 id="s-hoso"><?cs var:Lang.Cat.SecDocs ?></h2>
  <div class="table-wrap"><table class="stack">
    <thead><tr><th scope="col"><?cs var:Lang.Cat.DocName ?></th><th scope="col"><?cs var:Lang.Cat.Originals ?></th><th scope="col"><?cs var:Lang.Cat.Copies ?></th><th scope="col"><?cs var:Lang.Cat.Required ?></th><th scope="col"><?cs var:Lang.Cat.Form ?></th></tr></thead>
    <tbody><?cs each:d = P.Docs ?>
      <tr><td><?cs var:d.name ?><?cs if:d.case_name ?> <span class="case">(<?cs var:d.case_name ?>)</span><?cs /if ?></td>
        <td data-label="<?cs var:Lang.Cat.Originals ?>"><?cs var:d.originals ?></td><td data-label="<?cs var:Lang.Cat.Copies ?>"><?cs var:d.copies ?></td>
        <td data-label="<?cs var:Lang.Cat.Required ?>"><?cs if:d.required == 1 ?><?cs var:Lang.Cat.RequiredYes ?><?cs else ?><?cs var:Lang.Cat.RequiredNo ?><?cs /if ?></td>
        <td<?cs if:d.form_file || d.form_sha256 ?> data-label="<?cs var:Lang.Cat.Form ?>"<?cs /if ?>><?cs if:d.form_sha256 ?><?cs
          # a form uploaded in the catalogue editor: from the file store, by its hash ?><a class="form-link" href="<?cs var:Req.BasePath ?>/bieu-mau/tep/<?cs var:d.form_sha256 ?>/<?cs var:url_escape(d.form_orig) ?>" download><?cs var:Lang.Cat.Download ?><span class="visually-hidden">: <?cs var:d.form_name ?></span> (<?cs var:d.form_type ?>, <?cs var:d.form_kb ?> KB)</a><?cs /if ?><?cs if:d.form_file ?><?cs
          # the PDF opens on any phone; the editable file is for filling in on a computer ?><?cs
          if:d.form_pdf ?><a class="form-link" href="<?cs var:Req.BasePath ?>/static/bieu-mau/<?cs var:url_escape(d.form_pdf) ?>" download><?cs var:Lang.Cat.DownloadPdf ?><span class="visually-hidden">: <?cs var:d.form_name ?></span></a>
          <a class="form-link" href="<?cs var:Req.BasePath ?>/static/bieu-mau/<?cs var:url_escape(d.form_file) ?>" download><?cs var:Lang.Cat.DownloadEditable ?><span class="visually-hidden">: <?cs var:d.form_name ?></span></a><?cs
          else ?><a href="<?cs var:Req.BasePath ?>/static/bieu-mau/<?cs var:url_escape(d.form_file) ?>" download><?cs var:Lang.Cat.Download ?><span class="visually-hidden">: <?cs var:d.form_name ?></span></a><?cs /if ?><?cs /if ?></td></tr>
    <?cs /each ?></tbody>
  </table></div>
</section>

<?cs if:P.result ?><section aria-labelledby="s-ketqua"><h2 id="s-ketqua"><?cs var:Lang.Cat.SecResult ?></h2><p class="text"><?cs var:P.result ?></p></section><?cs /if ?>

<?cs if:subcount(P.Legal) ?>
<section aria-labelledby="s-canctu">
  <h2 id="s-canctu"><?cs var:Lang.Cat.SecLegal ?></h2>
  <ul><?cs each:l = P.Legal ?><li><?cs var:l ?></li><?cs /each ?></ul>
  <?cs if:P.decision ?><p><?cs var:Lang.Cat.SecDecision ?>: <?cs var:P.decision ?><?cs if:P.valid_from ?>. <?cs var:Lang.Cat.ValidFrom ?> <?cs var:P.valid_from ?><?cs if:P.valid_to ?> <?cs var:Lang.Cat.ValidTo ?> <?cs var:P.valid_to ?><?cs /if ?><?cs /if ?>.</p><?cs /if ?>
</section>
<?cs /if ?>

<?cs if:P.guide ?><section aria-labelledby="s-huongdan"><h2 id="s-huongdan"><?cs var:Lang.Cat.SecGuide ?></h2><p class="text"><?cs var:P.guide ?></p></section><?cs /if ?>

<?cs if:subcount(P.Process) ?>
<section aria-labelledby="s-quytrinh">
  <h2 id="s-quytrinh"><?cs var:Lang.Cat.SecProcess ?></h2>
  <p><?cs var:Lang.Cat.ProcessLead ?></p><?cs
  # one table while every step is every channel's; else one per channel,
  # named in words, with its time limit ?><?cs
  set:ProcView.by_channel = 0 ?><?cs
  each:s = P.Process ?><?cs if:s.channel ?><?cs set:ProcView.by_channel = 1 ?><?cs /if ?><?cs /each ?><?cs
  if:ProcView.by_channel ?>
  <p><?cs var:Lang.Cat.ProcessByChannel ?></p><?cs
    each:c = P.Chan ?>
  <h3 id="s-quytrinh-<?cs var:c.channel ?>"><?cs var:Lang.Cat.ProcessWhen ?> <?cs call:channel(c.channel) ?> (<?cs var:Lang.Cat.ProcessLimit ?> <?cs var:c.time ?> <?cs call:unit(c.unit) ?>)</h3><?cs
      set:ProcView.any = 0 ?><?cs
      each:s = P.Process ?><?cs if:!s.channel || s.channel == c.channel ?><?cs set:ProcView.any = 1 ?><?cs /if ?><?cs /each ?><?cs
      if:ProcView.any ?><?cs call:process_table(c.channel) ?><?cs
      else ?>
  <p><?cs var:Lang.Cat.ProcessNone ?></p><?cs /if ?><?cs
    /each ?><?cs
  else ?><?cs call:process_table("") ?><?cs /if ?>
</section>
<?cs /if ?>

<?cs if:subcount(P.Related) || subcount(P.InterAgency) ?>
<section aria-labelledby="s-lienquan">
  <h2 id="s-lienquan"><?cs var:Lang.Cat.SecRelated ?></h2>
  <ul><?cs each:r = P.Related ?><li><a href="<?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(r.code) ?>"><?cs if:r.name ?><?cs var:r.name ?><?cs else ?><?cs var:r.code ?><?cs /if ?></a></li><?cs /each ?></ul>
  <?cs if:subcount(P.InterAgency) ?><h3><?cs var:Lang.Cat.SecInter ?></h3>
  <ul><?cs each:r = P.InterAgency ?><li><a href="<?cs var:Req.BasePath ?>/thu-tuc/<?cs var:url_escape(r.code) ?>"><?cs if:r.name ?><?cs var:r.name ?><?cs else ?><?cs var:r.code ?><?cs /if ?></a></li><?cs /each ?></ul><?cs /if ?>
</section>
<?cs /if ?>

<section aria-labelledby="s-sudung">
  <h2 id="s-sudung"><?cs var:Lang.Cat.SecUsage ?></h2>
  <dl class="usage">
    <div><dt><?cs var:Lang.Cat.Views ?></dt><dd><?cs var:P.views ?></dd></div>
    <div><dt><?cs var:Lang.Cat.Received ?></dt><dd><?cs var:P.received ?></dd></div>
    <div><dt><?cs var:Lang.Cat.Processed ?></dt><dd><?cs var:P.processed ?></dd></div>
    <div><dt><?cs var:Lang.Cat.Early ?></dt><dd><?cs var:P.early ?></dd></div>
    <div><dt><?cs var:Lang.Cat.OnTime ?></dt><dd><?cs var:P.on_time ?></dd></div>
    <div><dt><?cs var:Lang.Cat.Late ?></dt><dd><?cs var:P.late ?></dd></div>
  </dl>
  <p class="small"><?cs var:Lang.Cat.UsageNote ?></p>
</section>
<?cs /def ?>
