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

// Reading: tell the server (for a logged-in learner) how long the lesson was open,
// where the learner is, and when the end of the lesson came into view. Each report
// carries a key (the server counts it once) and goes through the outbox (outbox.js),
// which keeps it on the device until the connection is back.
(function () {
  "use strict";
  var lesson = document.querySelector("[data-lesson]");
  var url = lesson && lesson.getAttribute("data-reading-url");
  if (!url || !window.fetch) return;
  var end = document.querySelector("[data-lesson-end]");
  var started = Date.now();
  var reachedEnd = false;
  var outbox = window.civicedOutbox && window.civicedOutbox.available ? window.civicedOutbox : null;

  function key() {
    return window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID() : "";
  }

  function token() {
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    return match ? decodeURIComponent(match[1]) : "";
  }

  function report(atEnd) {
    var seconds = Math.round((Date.now() - started) / 1000);
    started = Date.now();
    var total = document.documentElement.scrollHeight - window.innerHeight;
    var body = new URLSearchParams({
      seconds: String(seconds),
      end: atEnd ? "1" : "0",
      position: JSON.stringify({ scroll: total > 0 ? Math.round(100 * window.scrollY / total) : 100 }),
      key: key(),
    });
    if (outbox) {
      return outbox.send({ url: url, kind: "reading", group: "reading:" + url, body: body.toString() })
        .catch(function () { outbox = null; });
    }
    return window.fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      keepalive: true,
      headers: { "X-CSRFToken": token(), "Accept": "application/json" },
    }).catch(function () { /* offline: the next report carries the time */ });
  }

  if (end && "IntersectionObserver" in window) {
    new IntersectionObserver(function (entries, observer) {
      if (entries.some(function (e) { return e.isIntersecting; }) && !reachedEnd) {
        reachedEnd = true;
        observer.disconnect();
        report(true);
      }
    }).observe(end);
  }
  setInterval(function () {
    if (document.visibilityState === "visible") report(false);
  }, 30000);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") report(false);
  });
})();
