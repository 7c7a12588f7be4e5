/* Background exports: ask the server how far the file has got every two seconds,
   move the progress bar, and reload the page (which shows the download link) once the
   file is ready or has failed. Without JavaScript, reloading the page does the same. */
(function () {
  "use strict";
  var box = document.querySelector("[data-export-poll]");
  if (!box) return;
  var url = box.getAttribute("data-export-poll");
  var bar = box.querySelector("progress");
  function poll() {
    fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (state) {
        if (state && bar) bar.value = state.progress;
        if (state && state.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 2000);
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
