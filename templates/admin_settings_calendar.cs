<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Admin.Org.CalTitle ?><?cs
def:cal_kind(k) ?><?cs if:k == "workday" ?><?cs var:Lang.Admin.Org.KindWorkday ?><?cs else ?><?cs var:Lang.Admin.Org.KindHoliday ?><?cs /if ?><?cs /def ?><?cs
def:body() ?>
<h1><?cs var:Lang.Admin.Org.CalTitle ?> <?cs var:Cal.Year ?></h1>
<p><?cs var:Lang.Admin.Org.CalLead ?></p>
<p><?cs if:Cal.Confirmed ?><?cs var:Lang.Admin.Org.CalConfirmed ?> <?cs var:Cal.ConfirmedOn ?>.<?cs else ?><?cs var:Lang.Admin.Org.CalNotConfirmed ?><?cs /if ?></p>
<nav aria-label="<?cs var:Lang.Admin.Org.CalYears ?>"><ul class="links">
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/lich?nam=<?cs var:Cal.Prev ?>"><?cs var:Lang.Admin.Org.CalYear ?> <?cs var:Cal.Prev ?></a></li>
  <li><a href="<?cs var:Req.BasePath ?>/quan-tri/lich?nam=<?cs var:Cal.Next ?>"><?cs var:Lang.Admin.Org.CalYear ?> <?cs var:Cal.Next ?></a></li>
</ul></nav>
<?cs if:subcount(Cal.Days) > 0 ?>
<div class="table-wrap"><table>
  <caption><?cs var:Lang.Admin.Org.CalDays ?> <?cs var:Cal.Year ?></caption>
  <thead><tr><th scope="col"><?cs var:Lang.Admin.Org.Day ?></th><th scope="col"><?cs var:Lang.Admin.Org.Weekday ?></th><th scope="col"><?cs var:Lang.Field.loai_ngay ?></th><th scope="col"><?cs var:Lang.Field.ten_ngay ?></th><th scope="col"><?cs var:Lang.Admin.Org.Action ?></th></tr></thead>
  <tbody><?cs each:d = Cal.Days ?>
  <tr><td><?cs var:d.day ?></td><td><?cs var:d.weekday ?></td><td><?cs call:cal_kind(d.kind) ?></td><td><?cs var:d.name ?></td><td>
    <form method="post" action="<?cs var:Req.BasePath ?>/quan-tri/lich/xem-truoc"><?cs call:csrf() ?><input type="hidden" name="ngay" value="<?cs var:d.day ?>"><input type="hidden" name="xoa" value="1"><button type="submit" class="button"><?cs var:Lang.Admin.Org.RemoveDay ?><span class="visually-hidden"> <?cs var:d.day ?></span></button></form>
  </td></tr><?cs /each ?>
  </tbody>
</table></div><?cs else ?>
<p><?cs var:Lang.Admin.Org.CalEmpty ?></p><?cs /if ?>
<h2 id="them-ngay"><?cs var:Lang.Admin.Org.AddTitle ?></h2>
<?cs call:error_summary() ?><?cs call:down_box() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/quan-tri/lich/xem-truoc" novalidate>
  <?cs call:csrf() ?>
  <?cs call:input("ngay", Lang.Field.ngay, "text", "off", 1, Lang.Admin.Org.DayHint, 10) ?>
  <div class="field<?cs if:Form.loai_ngay.Error ?> has-error<?cs /if ?>">
    <label for="loai_ngay"><?cs var:Lang.Field.loai_ngay ?> <span class="req" aria-hidden="true">*</span></label>
    <?cs call:field_error("loai_ngay") ?>
    <select id="loai_ngay" name="loai_ngay" required<?cs call:field_describedby("loai_ngay", "") ?>>
      <option value="holiday"<?cs if:Form.loai_ngay.Value == "holiday" ?> selected<?cs /if ?>><?cs var:Lang.Admin.Org.KindHoliday ?></option>
      <option value="workday"<?cs if:Form.loai_ngay.Value == "workday" ?> selected<?cs /if ?>><?cs var:Lang.Admin.Org.KindWorkday ?></option>
    </select>
  </div>
  <?cs call:input("ten_ngay", Lang.Field.ten_ngay, "text", "off", 1, Lang.Admin.Org.NameHint, 200) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Org.PreviewButton ?></button></p>
</form>
<?cs /def ?>
