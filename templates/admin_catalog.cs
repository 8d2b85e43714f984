<?cs # GET and POST /quan-tri/thu-tuc (pages/admin_catalog.c p_cat_list,
  p_cat_new): the procedures the admin may edit, and a new one. ?><?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Cat.ListTitle ?><?cs
def:body() ?>
<p class="breadcrumb"><a href="<?cs var:Req.BasePath ?>/quan-tri"><?cs var:Lang.Admin.Cat.HomeTitle ?></a></p>
<h1><?cs var:Lang.Admin.Cat.ListTitle ?></h1>
<p class="lead"><?cs var:Lang.Admin.Cat.ListLead ?></p>
<?cs if:New.Error ?>
<div class="alert alert-error" role="alert" tabindex="-1" autofocus>
  <p><?cs var:Lang.Admin.Cat.NewError[New.Error] ?><?cs if:New.Message ?>: <?cs var:New.Message ?><?cs /if ?></p><?cs
  if:New.Error == "exists" ?>
  <p><a href="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc/<?cs var:url_escape(New.Value) ?>"><?cs var:Lang.Admin.Cat.OpenExisting ?> <?cs var:New.Value ?></a></p><?cs /if ?>
</div><?cs /if ?>
<?cs if:subcount(Procs) ?>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Admin.Cat.F.code ?></th><th scope="col"><?cs var:Lang.Admin.Cat.F.name ?></th><th scope="col"><?cs var:Lang.Admin.Cat.State ?></th></tr></thead>
  <tbody><?cs each:p = Procs ?>
  <tr><td><a href="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc/<?cs var:p.code ?>"><?cs var:p.code ?></a></td><td><?cs if:p.name ?><?cs var:p.name ?><?cs else ?><?cs var:Lang.Admin.Cat.NoName ?><?cs /if ?></td><td><?cs
    if:p.withdrawn == 1 ?><span class="badge badge-warn"><?cs var:Lang.Admin.Cat.Withdrawn ?></span> <?cs /if ?><?cs
    if:p.has_draft == 1 ?><span class="badge"><?cs var:Lang.Admin.Cat.HasDraft ?></span><?cs else ?><?cs var:Lang.Admin.Cat.PublishedOnly ?><?cs /if ?></td></tr><?cs /each ?>
  </tbody>
</table></div><?cs else ?>
<p><?cs var:Lang.Admin.Cat.NoProcs ?></p><?cs /if ?>
<h2 id="moi"><?cs var:Lang.Admin.Cat.NewTitle ?></h2>
<form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/thu-tuc" class="form">
  <?cs call:csrf() ?>
  <div class="field">
    <label for="ma"><?cs var:Lang.Admin.Cat.F.code ?> <span class="req" aria-hidden="true">*</span></label>
    <p class="hint" id="ma-gy"><?cs var:Lang.Admin.Cat.CodeHint ?></p>
    <input id="ma" name="ma" type="text" required maxlength="16" value="<?cs var:New.Value ?>" aria-describedby="ma-gy">
  </div><?cs
  if:Admin.Province ?>
  <div class="field">
    <label for="co_quan"><?cs var:Lang.Admin.Cat.NewAgency ?> <span class="req" aria-hidden="true">*</span></label>
    <select id="co_quan" name="co_quan" required>
      <option value=""><?cs var:Lang.Admin.Cat.Choose ?></option><?cs each:a = Agencies ?>
      <option value="<?cs var:a.code ?>"><?cs var:a.name ?></option><?cs /each ?>
    </select>
  </div><?cs /if ?>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Cat.NewSubmit ?></button></p>
</form>
<?cs /def ?>
