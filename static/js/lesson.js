// Lesson page: a reading-progress bar at the top of the window. Plain JavaScript,
// no dependencies; the page works fully without it.
(function () {
  "use strict";
  var bar = document.querySelector("[data-reading-progress]");
  var lesson = document.querySelector("[data-lesson]");
  if (!bar || !lesson) return;
  var ticking = false;
  function update() {
    ticking = false;
    var rect = lesson.getBoundingClientRect();
    var total = rect.height - window.innerHeight;
    var done = total <= 0 ? 1 : Math.min(Math.max(-rect.top / total, 0), 1);
    bar.style.transform = "scaleX(" + done.toFixed(3) + ")";
  }
  function schedule() {
    if (!ticking) {
      ticking = true;
      window.requestAnimationFrame(update);
    }
  }
  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", schedule);
  update();
})();
