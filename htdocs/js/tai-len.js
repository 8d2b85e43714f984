/* Upload progress for forms marked data-upload. Without this script the
 * form posts as usual; with it, the same request goes through
 * XMLHttpRequest so a progress bar can show how much has been sent, and
 * the page the server answers with is then shown as if posted normally. */
(function () {
  'use strict';
  var forms = document.querySelectorAll('form[data-upload]');
  Array.prototype.forEach.call(forms, function (form) {
    var box = form.querySelector('.upload-progress');
    if (!box || !window.FormData || !window.XMLHttpRequest) return;
    var bar = box.querySelector('progress');
    var text = box.querySelector('span');
    form.addEventListener('submit', function (ev) {
      var data = new FormData(form);
      var hasFile = Array.prototype.some.call(form.querySelectorAll('input[type=file]'),
        function (i) { return i.files && i.files.length > 0; });
      if (!hasFile) return;            /* nothing large: post normally */
      ev.preventDefault();
      if (ev.submitter && ev.submitter.name) data.append(ev.submitter.name, ev.submitter.value);
      var xhr = new XMLHttpRequest();
      xhr.open('POST', form.action);
      xhr.upload.addEventListener('progress', function (e) {
        if (!e.lengthComputable) return;
        var pct = Math.floor(e.loaded * 100 / e.total);
        bar.value = pct;
        text.textContent = pct + '%';
      });
      xhr.addEventListener('load', function () {
        if (xhr.responseURL && xhr.responseURL !== form.action) {
          window.location.assign(xhr.responseURL);
          return;
        }
        document.open();
        document.write(xhr.responseText);
        document.close();
        /* a page rewritten in place does not scroll or focus by itself:
         * the error summary (the element marked autofocus), when the
         * answer has one, takes both, as on a page loaded normally */
        /* (after the new document's first layout: before it, the
         * browser may scroll back to where the old page was) */
        window.setTimeout(function () {
          var summary = document.querySelector('[autofocus]');
          if (summary) {
            summary.focus();
            summary.scrollIntoView({ block: 'start' });
          } else {
            window.scrollTo(0, 0);
          }
        }, 0);
      });
      xhr.addEventListener('error', function () {
        box.hidden = true;
        form.submit();                 /* let the browser try and report */
      });
      Array.prototype.forEach.call(form.querySelectorAll('button'), function (b) { b.disabled = true; });
      box.hidden = false;
      xhr.send(data);
    });
  });
})();
