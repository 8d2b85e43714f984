/* The receipt's print button. Without this script the button stays
 * hidden and the browser's own Print (Ctrl+P) prints the same page. */
(function () {
  'use strict';
  if (!window.print) return;
  Array.prototype.forEach.call(document.querySelectorAll('button[data-print]'), function (b) {
    b.hidden = false;
    b.addEventListener('click', function () { window.print(); });
  });
})();
