<?cs include:"macros.cs" ?><?cs set:Page.Title = Fb.subject ?><?cs
def:body() ?>
<h1><?cs var:Fb.subject ?></h1>
<dl class="facts">
  <dt><?cs var:Lang.Field.ho_ten ?></dt><dd><?cs var:Fb.full_name ?></dd>
  <dt><?cs var:Lang.Field.email ?></dt><dd><?cs if:Fb.email ?><?cs var:Fb.email ?><?cs else ?><?cs var:Lang.Admin.Org.FbNoEmail ?><?cs /if ?></dd>
  <?cs if:Fb.phone ?><dt><?cs var:Lang.Field.dien_thoai ?></dt><dd><?cs var:Fb.phone ?></dd><?cs /if ?>
  <dt><?cs var:Lang.Admin.Org.FbAt ?></dt><dd><?cs var:Fb.at ?></dd>
</dl>
<h2><?cs var:Lang.Field.noi_dung ?></h2>
<div class="prose"><p class="text"><?cs var:Fb.body ?></p></div>
<?cs if:Fb.status == "answered" ?>
<h2><?cs var:Lang.Admin.Org.FbAnswerTitle ?></h2>
<?cs if:Form.tra_loi.Error ?><div class="alert alert-error" role="alert" tabindex="-1" autofocus><p><?cs var:Form.tra_loi.Error ?></p></div><?cs /if ?>
<p><?cs var:Lang.Admin.Org.FbAnsweredBy ?> <?cs var:Fb.answered_by ?>, <?cs var:Fb.answered_at ?>.</p>
<div class="prose"><p class="text"><?cs var:Fb.answer ?></p></div><?cs
else ?>
<h2><?cs var:Lang.Admin.Org.FbAnswerTitle ?></h2>
<?cs call:error_summary() ?>
<?cs if:Fb.email ?>
<form class="form" method="post" action="<?cs var:Req.BasePath ?>/quan-tri/gop-y/<?cs var:Fb.id ?>/tra-loi" novalidate>
  <?cs call:csrf() ?>
  <?cs call:textarea("tra_loi", Lang.Field.tra_loi, 1, Lang.Admin.Org.FbAnswerHint, 5000) ?>
  <p><button type="submit" class="button"><?cs var:Lang.Admin.Org.FbSend ?></button></p>
</form><?cs else ?><p><?cs var:Lang.Admin.Org.FbNoEmailLong ?></p><?cs /if ?><?cs /if ?>
<p><a href="<?cs var:Req.BasePath ?>/quan-tri/gop-y"><?cs var:Lang.Admin.Org.FbBack ?></a></p>
<?cs /def ?>
