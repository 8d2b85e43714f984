<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Staff.TotpTitle ?><?cs
def:body() ?>
<h1><?cs var:Lang.Staff.TotpTitle ?></h1>
<p class="lead"><?cs var:Lang.Staff.TotpLead ?></p>
<?cs call:error_summary() ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/can-bo/xac-thuc" novalidate>
  <?cs call:csrf() ?>
  <?cs call:input("ma_so", Lang.Field.ma_so, "text", "one-time-code", 1, "", 32) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Staff.TotpButton ?></button></p>
</form>
<?cs /def ?>
