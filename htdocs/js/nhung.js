/* dvc: the embeddable service menu. An agency pastes one line:
 *   <script src="https://PORTAL/static/js/nhung.js" data-co-quan="CODE" async></script>
 * This inserts a frame with the agency's online services, sized to its
 * content: the frame tells its height with postMessage, and only messages
 * from the portal's origin and that frame are believed. */
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
  s.parentNode.insertBefore(f, s.nextSibling);
  window.addEventListener('message', function (e) {
    if (e.origin !== origin || e.source !== f.contentWindow) return;
    var d = e.data;
    if (!d || d.type !== 'dvc-height' || typeof d.height !== 'number') return;
    var h = Math.ceil(d.height);
    if (h > 0 && h < 100000) f.style.height = h + 'px';
  });
})();
