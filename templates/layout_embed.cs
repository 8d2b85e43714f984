<?cs # The embeddable menu's own layout: framed by an agency's site, so no
     header or footer of the portal. nhung-khung.js tells the framing page
     its height (postMessage); links open the portal in the top window. ?><!DOCTYPE html>
<html lang="<?cs var:Site.Lang ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs var:Page.Title ?> – <?cs var:Agency.name ?></title>
<link rel="stylesheet" href="<?cs var:Req.BasePath ?>/static/css/dvc.css?v=<?cs var:Static.Version ?>">
<link rel="icon" href="<?cs var:Req.BasePath ?>/static/favicon.svg" type="image/svg+xml">
<script src="<?cs var:Req.BasePath ?>/static/js/nhung-khung.js?v=<?cs var:Static.Version ?>" defer></script>
</head>
<body class="embed">
<main>
<?cs call:body() ?>
</main>
</body>
</html>
