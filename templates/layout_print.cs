<?cs # The printable view: the page alone, black on white, no navigation. ?><!DOCTYPE html>
<html lang="<?cs var:Site.Lang ?>">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><?cs if:Page.Title ?><?cs var:Page.Title ?> – <?cs /if ?><?cs var:Site.ShortName ?></title>
<link rel="stylesheet" href="<?cs var:Req.BasePath ?>/static/css/dvc.css?v=<?cs var:Static.Version ?>">
<link rel="icon" href="<?cs var:Req.BasePath ?>/static/favicon.svg" type="image/svg+xml">
</head>
<body class="print">
<header class="print-header"><p><?cs var:Site.Owner ?><br><strong><?cs var:Site.Name ?></strong></p></header>
<main id="noi-dung">
<?cs call:body() ?>
</main>
</body>
</html>
