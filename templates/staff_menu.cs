<?cs # The back office's menu on every staff page (pages/common.c
  page_staff_menu): each of the person's roles' lists with how many
  dossiers wait in it, the current one marked. Shown by layout.cs. ?><?cs
def:staff_menu_item(path, label, count) ?>
    <li><a href="<?cs var:Req.BasePath ?><?cs var:path ?>"<?cs if:Req.Path == path ?> aria-current="page"<?cs /if ?>><?cs var:label ?><?cs if:count != "" ?> <span class="count"><?cs var:count ?></span><?cs /if ?></a></li><?cs
/def ?>
<nav class="wrap staff-menu" id="menu-can-bo" aria-label="<?cs var:Lang.Staff.MenuLabel ?>">
  <ul><?cs call:staff_menu_item("/can-bo", Lang.Staff.HomeTitle, "") ?><?cs
  if:Menu.Role.reception ?><?cs call:staff_menu_item("/can-bo/tiep-nhan", Lang.Office.QueueTitle, Menu.N.reception) ?><?cs /if ?><?cs
  if:Menu.Role.specialist ?><?cs call:staff_menu_item("/can-bo/xu-ly", Lang.Office.Work.specialist.Title, Menu.N.processing) ?><?cs /if ?><?cs
  if:Menu.Role.leader ?><?cs call:staff_menu_item("/can-bo/phe-duyet", Lang.Office.Work.leader.Title, Menu.N.approval) ?><?cs /if ?><?cs
  if:Menu.Role.reception ?><?cs call:staff_menu_item("/can-bo/tra-ket-qua", Lang.Office.Work.return.Title, Menu.N.return) ?><?cs /if ?><?cs
  if:Menu.Role.specialist || Menu.Role.leader ?><?cs call:staff_menu_item("/can-bo/y-kien", Lang.Office.Opinion.QueueTitle, "") ?><?cs /if ?><?cs
  if:Menu.Role.oversight ?><?cs call:staff_menu_item("/can-bo/giam-sat", Lang.Staff.OversightLink, "") ?><?cs /if ?><?cs
  if:Menu.Role.admin ?><?cs call:staff_menu_item("/quan-tri/nhan-vien", Lang.Staff.StaffLink, "") ?><?cs /if ?><?cs
  if:Menu.Role.admin ?><?cs call:staff_menu_item("/quan-tri", Lang.Admin.Cat.HomeLink, "") ?><?cs /if ?><?cs
  call:staff_menu_item("/can-bo/bao-cao", Lang.Staff.ReportLink, "") ?>
  </ul>
</nav>
