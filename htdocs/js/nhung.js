/* dvc: the embeddable service menu. An agency pastes two lines:
 *   <script src="https://PORTAL/static/js/nhung.js" data-co-quan="CODE" async></script>
 *   <noscript><a href="https://PORTAL/co-quan/CODE">...</a></noscript>
 * This inserts a frame with the agency's online services, sized to its
 * content: the frame tells its height with postMessage, and only messages
 * from the portal's origin and that frame are believed. A frame that never
 * speaks was refused (the site is not yet allowed to frame the menu, or
 * the portal is unreachable): it is removed and a link to the agency's
 * services on the portal shown instead, so visitors still find them. */
(function () {
  'use strict';
  var s = document.currentScript;
  if (!s) return;
  var code = s.getAttribute('data-co-quan');
  if (!code) return;
  var origin = new URL(s.src, document.baseURI).origin;
  var f = document.createElement('iframe');
  f.src = origin + '/nhung/co-quan/' + encodeURIComponent(code);
  f.title = s.getAttribute('data-tieu-de') || 'Dịch vụ công trực tuyến';
  f.style.width = '100%';
  f.style.border = '0';
  f.style.minHeight = '12rem';
  f.setAttribute('loading', 'lazy');
  f.setAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
  var p = document.createElement('p');
  var a = document.createElement('a');
  a.href = origin + '/co-quan/' + encodeURIComponent(code);
  a.textContent = 'Xem các dịch vụ công trực tuyến của cơ quan trên Cổng Dịch vụ công';
  p.className = 'dvc-nhung-lien-ket';
  p.hidden = true;
  p.appendChild(a);
  s.parentNode.insertBefore(p, s.nextSibling);
  s.parentNode.insertBefore(f, p);
  var heard = false, timer = 0;
  function refused() {
    if (heard) return;
    if (f.parentNode) f.parentNode.removeChild(f);
    p.hidden = false;
  }
  // the menu's page speaks as soon as it runs, before its frame's load
  // event; a refused frame loads an error page that never speaks
  f.addEventListener('load', function () {
    clearTimeout(timer);
    timer = setTimeout(refused, 3000);
  });
  timer = setTimeout(refused, 20000);
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== f.contentWindow) return;
    var d = e.data;
    if (!d || d.type !== 'dvc-height' || typeof d.height !== 'number') return;
    heard = true;
    clearTimeout(timer);
    var h = Math.ceil(d.height);
    // both ways: the menu shrinks when the frame widens and lines unwrap
    if (h > 0 && h < 100000) {
      f.style.minHeight = '0';
      f.style.height = h + 'px';
    }
  });
})();
