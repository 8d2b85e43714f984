<?cs # The one layout. A page template is parsed before this file: it sets
     Page.Title and defines the macro body(). Everything here is escaped by
     Config.VarEscapeMode = html; there is no inline script or style, so the
     Content-Security-Policy can forbid both. ?><!DOCTYPE html>
<html lang="<?cs var:Site.Lang ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="dvc <?cs var:Site.Version ?>">
<title><?cs if:Form.Errors.0 || Form.Failure || Page.Failure || Refused.count ?><?cs var:Lang.Form.ErrorPrefix ?> <?cs /if ?><?cs if:Page.Title ?><?cs var:Page.Title ?> – <?cs /if ?><?cs var:Site.ShortName ?></title>
<link rel="stylesheet" href="<?cs var:Req.BasePath ?>/static/css/dvc.css?v=<?cs var:Static.Version ?>">
<link rel="icon" href="<?cs var:Req.BasePath ?>/static/favicon.svg" type="image/svg+xml">
</head>
<body>
<a class="skip" href="#noi-dung"><?cs var:Lang.Layout.Skip ?></a>
<header class="site-header">
<?cs # the other language, remembered by a cookie (GET /ngon-ngu/:lang,
     core/request.h); not on officers' pages ?><?cs if:Req.OtherLang ?><div class="wrap lang-bar">
  <a href="<?cs var:Req.BasePath ?>/ngon-ngu/<?cs var:Req.OtherLang ?>?tiep=<?cs var:url_escape(Req.Path) ?><?cs if:CGI.QueryString ?><?cs var:url_escape("?" + CGI.QueryString) ?><?cs /if ?>" lang="<?cs var:Req.OtherLang ?>" hreflang="<?cs var:Req.OtherLang ?>"><?cs var:Lang.Layout.OtherLang ?></a><?cs
  if:Lang.Layout.ContentNote ?> <p><?cs var:Lang.Layout.ContentNote ?></p><?cs /if ?>
</div><?cs /if ?>
  <div class="wrap">
    <a class="brand" href="<?cs var:Req.BasePath ?>/">
      <img src="<?cs var:Req.BasePath ?>/static/favicon.svg" alt="" width="40" height="40">
      <span class="brand-text"><span class="brand-owner"><?cs var:Site.Owner ?></span>
      <span class="brand-name"><?cs var:Site.Name ?></span></span>
    </a>
    <?cs # on a phone the menu folds behind this link (CSS :target, so it
         works without JavaScript); on a wide screen the link is hidden ?>
    <a class="menu-toggle" href="#dieu-huong"><?cs var:Lang.Layout.Menu ?></a>
    <nav class="site-nav" id="dieu-huong" aria-label="<?cs var:Lang.Layout.NavLabel ?>">
      <ul>
        <li><a href="<?cs var:Req.BasePath ?>/"<?cs if:Page.Nav == "home" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Home ?></a></li>
        <li><a href="<?cs var:Req.BasePath ?>/thu-tuc"<?cs if:Page.Nav == "procedures" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Procedures ?></a></li>
        <li><a href="<?cs var:Req.BasePath ?>/co-quan"<?cs if:Page.Nav == "agencies" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Agencies ?></a></li>
        <li><a href="<?cs var:Req.BasePath ?>/thong-ke"<?cs if:Page.Nav == "stats" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Stats ?></a></li>
        <li><a href="<?cs var:Req.BasePath ?>/huong-dan"<?cs if:Page.Nav == "guide" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.Guide ?></a></li>
        <?cs # signed in: the person's name on personal pages, "my account"
             on shared cached ones (Req.SignedIn: core/access.h) ?><?cs
        if:(User.Name && User.Kind != "staff") || (!User.Name && Req.SignedIn == "cd") ?>
        <li><a href="<?cs var:Req.BasePath ?>/ho-so"<?cs if:Page.Nav == "dossiers" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Nav.MyDossiers ?></a></li><?cs
        /if ?><?cs
        if:User.Name ?>
        <li><a href="<?cs var:Req.BasePath ?><?cs if:User.Kind == "staff" ?>/can-bo<?cs else ?>/tai-khoan<?cs /if ?>"<?cs if:Page.Nav == "account" || Page.Nav == "staff" || Page.Nav == "office" ?> aria-current="page"<?cs /if ?>><?cs var:User.Name ?></a></li><?cs
        elif:Req.SignedIn ?>
        <li><a href="<?cs var:Req.BasePath ?><?cs if:Req.SignedIn == "cb" ?>/can-bo<?cs else ?>/tai-khoan<?cs /if ?>"><?cs var:Lang.Acct.NavMine ?></a></li><?cs
        else ?>
        <li><a href="<?cs var:Req.BasePath ?>/tai-khoan/dang-nhap"<?cs if:Page.Nav == "account" ?> aria-current="page"<?cs /if ?>><?cs var:Lang.Acct.LoginTitle ?></a></li><?cs
        /if ?>
      </ul>
    </nav>
  </div>
<?cs if:User.Name && Req.CSRF ?><div class="wrap user-bar">
  <form method="post" action="<?cs var:Req.BasePath ?>/tai-khoan/dang-xuat"><input type="hidden" name="csrf" value="<?cs var:Req.CSRF ?>"><span><?cs var:Lang.Acct.Hello ?>, <strong><?cs var:User.Name ?></strong></span> <button type="submit" class="button-link"><?cs var:Lang.Acct.Logout ?></button></form>
</div><?cs elif:Req.SignedIn && !User.Name ?><div class="wrap user-bar">
  <p><span><?cs var:Lang.Acct.SignedInNote ?></span> <a href="<?cs var:Req.BasePath ?>/tai-khoan/dang-xuat"><?cs var:Lang.Acct.Logout ?></a></p>
</div><?cs /if ?>
</header>
<?cs if:subcount(Menu.Role) ?><?cs include:"staff_menu.cs" ?><?cs /if ?>
<main id="noi-dung" class="wrap" tabindex="-1">
<?cs call:body() ?>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p class="footer-owner"><strong><?cs var:Site.Name ?></strong><br>
    <?cs var:Lang.Layout.OwnedBy ?> <?cs var:Site.Owner ?>. <?cs var:Lang.Layout.RunBy ?> <?cs var:Site.Operator ?>.</p>
    <address>
      <?cs if:Site.Contact.Address ?><span><?cs var:Lang.Layout.Address ?>: <?cs var:Site.Contact.Address ?></span><?cs /if ?>
      <?cs if:Site.Contact.Phone ?><span><?cs var:Lang.Layout.Phone ?>: <?cs var:Site.Contact.Phone ?></span><?cs /if ?>
      <?cs if:Site.Contact.Email ?><span><?cs var:Lang.Layout.Email ?>: <a href="mailto:<?cs var:Site.Contact.Email ?>"><?cs var:Site.Contact.Email ?></a></span><?cs /if ?>
      <?cs if:Site.Contact.Hours ?><span><?cs var:Lang.Layout.Hours ?>: <?cs var:Site.Contact.Hours ?></span><?cs /if ?>
    </address>
    <ul class="footer-links">
      <li><a href="<?cs var:Req.BasePath ?>/tra-cuu"><?cs var:Lang.Dossier.TrackTitle ?></a></li>
      <li><a href="<?cs var:Req.BasePath ?>/thong-bao"><?cs var:Lang.Nav.Notices ?></a></li>
      <li><a href="<?cs var:Req.BasePath ?>/gop-y"><?cs var:Lang.Nav.Feedback ?></a></li>
      <li><a href="<?cs var:Req.BasePath ?>/nhung"><?cs var:Lang.Embed.HelpTitle ?></a></li>
      <li><a href="<?cs var:Req.BasePath ?>/tiep-can"><?cs var:Lang.Layout.Accessibility ?></a></li>
    </ul>
  </div>
</footer>
</body>
</html>
