/* dvc: inside the embeddable menu's frame, tells the framing page how tall
 * the menu is, whenever that changes. The height is not secret, so any
 * parent may read it; nhung.js on the parent checks where it came from.
 * The height is the content's own (the body's box), not the document's
 * scroll height: that never goes below the frame's current height, so a
 * menu that got shorter (a wider frame, fewer wrapped lines) would keep
 * the frame tall. */
(function () {
  'use strict';
  if (window.parent === window) return;
  var last = 0;
  function tell() {
    var b = document.body;
    if (!b) return;
    var h = Math.ceil(b.getBoundingClientRect().height +
        (parseFloat(getComputedStyle(b).marginTop) || 0) +
        (parseFloat(getComputedStyle(b).marginBottom) || 0));
    if (h === last) return;
    last = h;
    window.parent.postMessage({ type: 'dvc-height', height: h }, '*');
  }
  window.addEventListener('load', tell);
  window.addEventListener('resize', tell);
  if (window.ResizeObserver && document.body) new ResizeObserver(tell).observe(document.body);
  tell();
})();
