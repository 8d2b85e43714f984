<?cs # GET /quan-tri/muc-do (pages/admin_level.c): the service-level
  scheme in force, both explained, what a switch changes, the form. ?><?cs
include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Level.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Level.Title ?></h1>
<p><?cs var:Lang.Admin.Level.Now ?> <strong id="muc-do-hien-hanh"><?cs if:Level.Now == 2022 ?><?cs var:Lang.Admin.Level.Name2022 ?><?cs else ?><?cs var:Lang.Admin.Level.Name2018 ?><?cs /if ?></strong>
  (<span id="muc-do-nguon"><?cs if:Level.Set ?><?cs var:Lang.Admin.Level.ByAdmin ?><?cs else ?><?cs var:Lang.Admin.Level.ByConfig ?><?cs /if ?></span>).</p>
<p><?cs var:Lang.Admin.Level.Lead ?></p>
<h2><?cs var:Lang.Admin.Level.Name2018 ?></h2>
<ul>
  <li><?cs var:Lang.Admin.Level.L1 ?></li>
  <li><?cs var:Lang.Admin.Level.L2 ?></li>
  <li><?cs var:Lang.Admin.Level.L3 ?></li>
  <li><?cs var:Lang.Admin.Level.L4 ?></li>
</ul>
<h2><?cs var:Lang.Admin.Level.Name2022 ?></h2>
<ul>
  <li><?cs var:Lang.Admin.Level.Full ?></li>
  <li><?cs var:Lang.Admin.Level.Part ?></li>
  <li><?cs var:Lang.Admin.Level.Other ?></li>
</ul>
<h2><?cs var:Lang.Admin.Level.ChangesTitle ?></h2>
<ul>
  <li><?cs var:Lang.Admin.Level.ChangeLabels ?></li>
  <li><?cs var:Lang.Admin.Level.ChangeOnline ?> <span id="truc-tuyen-2018"><?cs var:Level.Count.online2018 ?></span> <?cs var:Lang.Admin.Level.Of ?> <?cs var:Level.Count.procs ?> <?cs var:Lang.Admin.Level.By2018 ?>; <span id="truc-tuyen-2022"><?cs var:Level.Count.online2022 ?></span> <?cs var:Lang.Admin.Level.By2022 ?>.
    <?cs var:Lang.Admin.Level.Only2018 ?> <span id="chi-2018"><?cs var:Level.Count.only2018 ?></span>; <?cs var:Lang.Admin.Level.Only2022 ?> <span id="chi-2022"><?cs var:Level.Count.only2022 ?></span>.</li>
  <li><?cs var:Lang.Admin.Level.ChangeScore ?></li>
  <li><?cs var:Lang.Admin.Level.ChangeKept ?></li>
</ul>
<?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/quan-tri/muc-do" novalidate>
  <?cs call:csrf() ?>
  <fieldset class="field<?cs if:Form.muc_do.Error ?> has-error<?cs /if ?>" id="muc_do"<?cs if:Form.muc_do.Error ?> aria-describedby="muc_do-loi"<?cs /if ?>>
    <legend><?cs var:Lang.Field.muc_do ?></legend>
    <?cs call:field_error("muc_do") ?>
    <div class="check"><input type="radio" id="muc_do_2018" name="muc_do" value="2018"<?cs if:Level.Now == 2018 ?> checked<?cs /if ?>> <label for="muc_do_2018"><?cs var:Lang.Admin.Level.Name2018 ?></label></div>
    <div class="check"><input type="radio" id="muc_do_2022" name="muc_do" value="2022"<?cs if:Level.Now == 2022 ?> checked<?cs /if ?>> <label for="muc_do_2022"><?cs var:Lang.Admin.Level.Name2022 ?></label></div>
    <div class="check"><input type="radio" id="muc_do_cau-hinh" name="muc_do" value="cau-hinh"> <label for="muc_do_cau-hinh"><?cs var:Lang.Admin.Level.Config ?> (<?cs if:Level.Config == "2022" ?><?cs var:Lang.Admin.Level.Name2022 ?><?cs else ?><?cs var:Lang.Admin.Level.Name2018 ?><?cs /if ?>)</label></div>
  </fieldset>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Level.Save ?></button></p>
</form>
<?cs /def ?>
