/* dvc: inside the embeddable menu's frame, tells the framing page how tall
 * the menu is, whenever that changes. The height is not secret, so any
 * parent may read it; nhung.js on the parent checks where it came from. */
(function () {
  'use strict';
  if (window.parent === window) return;
  var last = 0;
  function tell() {
    var h = document.documentElement.scrollHeight;
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: 'dvc-height', height: h }, '*');
  }
  window.addEventListener('load', tell);
  window.addEventListener('resize', tell);
  if (window.ResizeObserver) new ResizeObserver(tell).observe(document.body);
  tell();
})();
