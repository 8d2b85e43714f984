<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.A11y.Title ?><?cs
def:body() ?>
<h1><?cs var:Lang.A11y.Title ?></h1>
<p><?cs var:Site.Name ?> <?cs var:Lang.A11y.Commitment ?></p>
<h2><?cs var:Lang.A11y.WhatTitle ?></h2>
<ul>
  <li><?cs var:Lang.A11y.What1 ?></li>
  <li><?cs var:Lang.A11y.What2 ?></li>
  <li><?cs var:Lang.A11y.What3 ?></li>
  <li><?cs var:Lang.A11y.What4 ?></li>
  <li><?cs var:Lang.A11y.What5 ?></li>
</ul>
<h2><?cs var:Lang.A11y.ProblemTitle ?></h2>
<p><?cs var:Lang.A11y.Problem ?></p>
<ul>
  <?cs if:Site.Contact.Phone ?><li><?cs var:Lang.Layout.Phone ?>: <?cs var:Site.Contact.Phone ?></li><?cs /if ?>
  <?cs if:Site.Contact.Email ?><li><?cs var:Lang.Layout.Email ?>: <a href="mailto:<?cs var:Site.Contact.Email ?>"><?cs var:Site.Contact.Email ?></a></li><?cs /if ?>
  <li><a href="<?cs var:Req.BasePath ?>/gop-y"><?cs var:Lang.Nav.Feedback ?></a></li>
</ul>
<?cs /def ?>
