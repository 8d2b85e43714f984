<?cs include:"macros.cs" ?><?cs set:Page.Title = Lang.Home.Title ?><?cs
def:body() ?>
<section class="hero" aria-labelledby="gioi-thieu">
  <h1 id="gioi-thieu"><?cs var:Site.Name ?></h1>
  <p class="lead"><?cs var:Lang.Home.Lead ?></p>
</section>

<section class="cards" aria-label="<?cs var:Lang.Home.WhatLabel ?>">
  <div class="card">
    <h2><?cs var:Lang.Home.Find.Title ?></h2>
    <p><?cs var:Lang.Home.Find.Text ?></p>
  </div>
  <div class="card">
    <h2><?cs var:Lang.Home.Submit.Title ?></h2>
    <p><?cs var:Lang.Home.Submit.Text ?></p>
  </div>
  <div class="card">
    <h2><?cs var:Lang.Home.Track.Title ?></h2>
    <p><?cs var:Lang.Home.Track.Text ?></p>
  </div>
</section>

<section class="notices" aria-labelledby="thong-bao-moi">
  <h2 id="thong-bao-moi"><?cs var:Lang.Home.NoticesTitle ?></h2>
  <?cs if:subcount(Notices) ?>
  <ul class="notice-list">
    <?cs each:n = Notices ?>
    <li><a href="<?cs var:Req.BasePath ?>/thong-bao/<?cs var:n.id ?>"><?cs var:n.title ?></a>
      <time datetime="<?cs var:n.iso ?>"><?cs var:n.date ?></time></li>
    <?cs /each ?>
  </ul>
  <p><a href="<?cs var:Req.BasePath ?>/thong-bao"><?cs var:Lang.Home.AllNotices ?></a></p>
  <?cs else ?>
  <p><?cs var:Lang.Notices.None ?></p>
  <?cs /if ?>
</section>

<section class="help" aria-labelledby="ho-tro">
  <h2 id="ho-tro"><?cs var:Lang.Home.HelpTitle ?></h2>
  <p><?cs var:Lang.Home.HelpText ?><?cs if:Site.Contact.Phone ?> <?cs var:Lang.Layout.Phone ?>: <strong><?cs var:Site.Contact.Phone ?></strong>.<?cs /if ?></p>
  <p><a href="<?cs var:Req.BasePath ?>/gop-y"><?cs var:Lang.Home.FeedbackLink ?></a></p>
</section>
<?cs /def ?>
