<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Acct.AccountTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Acct.AccountTitle ?></h1>
<section aria-labelledby="du-lieu">
<h2 id="du-lieu"><?cs var:Lang.Acct.DataTitle ?></h2>
<p><?cs var:Lang.Acct.DataLead ?></p>
<dl class="facts">
  <dt><?cs var:Lang.Acct.Kind ?></dt><dd><?cs if:Person.kind == "organisation" ?><?cs var:Lang.Acct.KindOrgShort ?><?cs elif:Person.kind == "staff" ?><?cs var:Lang.Acct.KindStaffShort ?><?cs else ?><?cs var:Lang.Acct.KindCitizenShort ?><?cs /if ?></dd>
  <dt><?cs var:Lang.Field.ho_ten ?></dt><dd><?cs var:Person.full_name ?></dd>
  <?cs if:Person.id_number ?><dt><?cs var:Lang.Field.so_dinh_danh ?></dt><dd><?cs var:Person.id_number ?></dd><?cs /if ?>
  <?cs if:Person.birth_date ?><dt><?cs var:Lang.Field.ngay_sinh ?></dt><dd><?cs var:Person.birth_date ?></dd><?cs /if ?>
  <?cs if:Person.phone ?><dt><?cs var:Lang.Field.dien_thoai ?></dt><dd><?cs var:Person.phone ?></dd><?cs /if ?>
  <?cs if:Person.email ?><dt><?cs var:Lang.Field.email ?></dt><dd><?cs var:Person.email ?></dd><?cs /if ?>
  <?cs if:Person.address ?><dt><?cs var:Lang.Field.dia_chi ?></dt><dd><?cs var:Person.address ?></dd><?cs /if ?>
  <?cs if:Person.org_name ?><dt><?cs var:Lang.Field.ten_to_chuc ?></dt><dd><?cs var:Person.org_name ?></dd>
  <dt><?cs var:Lang.Field.ma_so_thue ?></dt><dd><?cs var:Person.tax_code ?></dd>
  <dt><?cs var:Lang.Field.nguoi_dai_dien ?></dt><dd><?cs var:Person.representative ?></dd><?cs /if ?>
  <?cs if:Person.agency_name ?><dt><?cs var:Lang.Acct.Agency ?></dt><dd><?cs var:Person.agency_name ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Acct.CreatedAt ?></dt><dd><?cs var:Person.created_at ?></dd>
  <?cs if:Person.confirmed_at ?><dt><?cs var:Lang.Acct.ConfirmedAt ?></dt><dd><?cs var:Person.confirmed_at ?></dd><?cs /if ?>
  <?cs if:Person.password_changed_at ?><dt><?cs var:Lang.Acct.PasswordChangedAt ?></dt><dd><?cs var:Person.password_changed_at ?></dd><?cs /if ?>
</dl>
<p><a class="button button-secondary" href="<?cs var:Req.BasePath ?>/tai-khoan/du-lieu/tai-ve" download><?cs var:Lang.Acct.Download ?></a></p>
</section>
<section aria-labelledby="phien">
<h2 id="phien"><?cs var:Lang.Acct.SessionsTitle ?></h2>
<p><?cs var:Lang.Acct.SessionsLead ?></p>
<div class="table-wrap"><table>
  <thead><tr><th scope="col"><?cs var:Lang.Acct.SessionStarted ?></th><th scope="col"><?cs var:Lang.Acct.SessionLast ?></th><th scope="col"><?cs var:Lang.Acct.SessionFrom ?></th><th scope="col"><?cs var:Lang.Acct.SessionBrowser ?></th><th scope="col"><span class="visually-hidden"><?cs var:Lang.Acct.SessionEnd ?></span></th></tr></thead>
  <tbody><?cs each:s = Sessions ?>
  <tr><td><?cs var:s.created_at ?><?cs if:s.id == Page.SessionId ?> <?cs var:Lang.Acct.SessionThis ?><?cs /if ?></td><td><?cs var:s.last_seen ?></td><td><?cs var:s.client_ip ?></td><td><?cs var:s.user_agent ?></td>
  <td><form method="post" action="<?cs var:Req.BasePath ?>/tai-khoan/phien/<?cs var:s.id ?>/ket-thuc"><?cs call:csrf() ?><button type="submit" class="button-link"><?cs var:Lang.Acct.SessionEnd ?></button></form></td></tr><?cs /each ?>
  </tbody>
</table></div>
</section>
<section aria-labelledby="truy-cap">
<h2 id="truy-cap"><?cs var:Lang.Acct.AccessTitle ?></h2>
<?cs if:subcount(Accesses) == 0 ?><p><?cs var:Lang.Acct.AccessNone ?></p><?cs else ?>
<div class="table-wrap"><table class="stack">
  <thead><tr><th scope="col"><?cs var:Lang.Acct.AccessWhen ?></th><th scope="col"><?cs var:Lang.Acct.AccessWho ?></th><th scope="col"><?cs var:Lang.Acct.AccessAgency ?></th><th scope="col"><?cs var:Lang.Acct.AccessWhat ?></th></tr></thead>
  <tbody><?cs each:a = Accesses ?><tr><td><?cs var:a.at ?></td><td data-label="<?cs var:Lang.Acct.AccessWho ?>"><?cs var:a.officer ?></td><td data-label="<?cs var:Lang.Acct.AccessAgency ?>"><?cs var:a.agency ?></td><td data-label="<?cs var:Lang.Acct.AccessWhat ?>"><?cs if:Lang.Acct.Access[a.action_key] ?><?cs var:Lang.Acct.Access[a.action_key] ?><?cs
  elif:a.object_type == "dossier" && Lang.Dossier.Event[a.verb] ?><?cs var:Lang.Dossier.Event[a.verb] ?><?cs
  else ?><?cs var:Lang.Acct.AccessOther ?><?cs /if ?><?cs
  if:a.dossier_code ?> – <?cs var:Lang.Acct.AccessDossier ?> <?cs var:a.dossier_code ?><?cs /if ?></td></tr><?cs /each ?></tbody>
</table></div><?cs /if ?>
</section>
<section aria-labelledby="quan-ly">
<h2 id="quan-ly"><?cs var:Lang.Acct.ActionsTitle ?></h2>
<ul class="links">
  <li><a href="<?cs var:Req.BasePath ?>/tai-khoan/doi-mat-khau"><?cs var:Lang.Acct.ChangePassword ?></a></li>
  <?cs if:Person.kind != "staff" ?><li><a href="<?cs var:Req.BasePath ?>/tai-khoan/xoa"><?cs var:Lang.Acct.DeleteAccount ?></a></li><?cs
  else ?><li><a href="<?cs var:Req.BasePath ?>/can-bo"><?cs var:Lang.Staff.HomeTitle ?></a></li><?cs /if ?>
</ul>
</section>
<?cs /def ?>
