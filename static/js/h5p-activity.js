// H5P activities on a lesson page. Each player runs in a sandboxed frame, created when
// the activity scrolls into view (or its button is pressed). Messages from the frame
// are accepted only from that frame; statements and state go to our endpoints with
// the learner's session and CSRF token, each statement once (it carries a key),
// through the outbox (outbox.js: kept on the device, in IndexedDB, until they are
// sent, from any tab or the next visit), or where it is missing through a queue in
// this page while the network is down.
(function () {
  "use strict";

  var RETRY_MS = 5000;

  function uuid() {
    if (window.crypto && window.crypto.randomUUID) return window.crypto.randomUUID();
    return "10000000-1000-4000-8000-100000000000".replace(/[018]/g, function (c) {
      return (c ^ (window.crypto.getRandomValues(new Uint8Array(1))[0] & (15 >> (c / 4)))).toString(16);
    });
  }

  function setup(section) {
    var slot = section.querySelector("[data-h5p-slot]");
    var status = section.querySelector("[data-h5p-status]");
    var csrf = section.getAttribute("data-csrf") || "";
    var urls = {
      xapi: section.getAttribute("data-xapi-url"),
      state: section.getAttribute("data-state-url"),
      viewed: section.getAttribute("data-viewed-url"),
    };
    var learner = Boolean(urls.xapi);
    var queue = [];
    var sending = false;
    var retry = null;
    var frame = null;
    var savedState = null;
    var stateLoaded = !learner;
    var frameReady = false;
    var started = false;

    function say(name) { if (status) status.textContent = section.getAttribute("data-msg-" + name) || ""; }

    function post(url, body) {
      return window.fetch(url, {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
        body: JSON.stringify(body),
      });
    }

    function flush() {
      if (sending || !queue.length) return;
      sending = true;
      var item = queue[0];
      post(item.url, item.body).then(function (response) {
        sending = false;
        if (response.ok || (response.status >= 400 && response.status < 500)) {
          queue.shift();
          if (item.url === urls.xapi && response.ok) {
            response.json().then(function (answer) {
              if (answer.lesson_status === "completed") say("completed"); else say("saved");
            }, function () {});
          } else if (item.url === urls.viewed && response.ok) {
            // Opening the activity can be what completes the lesson (the "viewed"
            // rule: an accordion reports nothing); a resume notice is not replaced.
            response.json().then(function (answer) {
              if (answer.lesson_status === "completed" && status && !status.textContent) say("completed");
            }, function () {});
          } else if (!response.ok && (response.status === 403 || response.status === 413)) {
            // Refused for good (storage full, password to change): say why, as the
            // server put it, instead of failing silently.
            response.json().then(function (answer) {
              if (status && answer && typeof answer.error === "string") status.textContent = answer.error;
            }, function () {});
          }
          flush();
        } else {
          throw new Error("server");
        }
      }).catch(function () {
        sending = false;
        say("pending");
        if (!retry) retry = window.setTimeout(function () { retry = null; flush(); }, RETRY_MS);
      });
    }

    var outbox = window.civicedOutbox && window.civicedOutbox.available ? window.civicedOutbox : null;
    var group = "h5p:" + urls.xapi;

    function heard(message) {
      var answer = message.data || {};
      if (message.state === "queued") {
        say("queued");
      } else if (message.state === "refused") {
        if (status && typeof answer.error === "string") status.textContent = answer.error;
      } else if (message.kind === "xapi") {
        say(answer.lesson_status === "completed" ? "completed" : (message.held ? "sent" : "saved"));
      } else if (message.kind === "viewed") {
        if (answer.lesson_status === "completed" && status && !status.textContent) say("completed");
      } else if (message.held) {
        say("sent");
      }
    }
    if (outbox && learner) {
      outbox.listen(group, heard);
      outbox.pending(group).then(function (items) { if (items.length) say("queued"); }, function () {});
    }

    function enqueue(url, body, replaceKind) {
      if (!url) return;
      if (outbox) {
        outbox.send({
          url: url,
          kind: replaceKind || "xapi",
          group: group,
          body: body,
          json: true,
          replaces: replaceKind ? [replaceKind] : [],
        }).catch(function () {
          outbox = null;
          enqueue(url, body, replaceKind);
        });
        return;
      }
      if (replaceKind) queue = queue.filter(function (item) { return item.kind !== replaceKind; });
      queue.push({ url: url, body: body, kind: replaceKind || "" });
      flush();
    }

    function maybeStart() {
      if (started || !frameReady || !stateLoaded) return;
      started = true;
      frame.contentWindow.postMessage({ civicedH5P: 1, kind: "start", state: savedState }, "*");
    }

    function onMessage(event) {
      if (!frame || event.source !== frame.contentWindow) return;
      var data = event.data;
      if (!data || data.civicedH5P !== 1) return;
      if (data.kind === "ready") {
        frameReady = true;
        maybeStart();
      } else if (data.kind === "started") {
        section.setAttribute("data-h5p-started", "");
        if (learner) enqueue(urls.viewed, {}, "viewed");
      } else if (data.kind === "resize" && typeof data.height === "number") {
        frame.style.height = Math.max(150, Math.min(data.height, 20000)) + "px";
      } else if (data.kind === "xapi" && data.statement && typeof data.statement === "object") {
        enqueue(urls.xapi, { key: uuid(), statement: data.statement });
      } else if (data.kind === "state" && typeof data.data === "string") {
        enqueue(urls.state, { data: data.data, seq: data.seq || 0 }, "state");
      }
    }

    function open() {
      if (frame) return;
      frame = document.createElement("iframe");
      var offlineUrl = section.getAttribute("data-offline-frame-url");
      if (offlineUrl && window.navigator.onLine === false) {
        // Offline the sandboxed frame cannot load (the service worker never sees
        // its requests): our own frame plays the saved copy in a sandboxed frame
        // of its own (h5p/offline_frame.py), and passes messages on unchanged.
        frame.src = offlineUrl + "#" + encodeURIComponent(section.getAttribute("data-frame-url"));
      } else {
        // Popups let links in content open a new window (h5p-frame.js adds noopener).
        frame.setAttribute("sandbox", "allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox");
        frame.src = section.getAttribute("data-frame-url");
      }
      frame.setAttribute("title", section.getAttribute("data-frame-title"));
      frame.setAttribute("referrerpolicy", "no-referrer");
      frame.className = "h5p-activity__iframe";
      window.addEventListener("message", onMessage);
      slot.textContent = "";
      slot.appendChild(frame);
      if (learner) {
        window.fetch(urls.state, { credentials: "same-origin", headers: { "Accept": "application/json" } })
          .then(function (response) { return response.ok ? response.json() : {}; })
          .then(function (answer) {
            savedState = typeof answer.data === "string" ? answer.data : null;
            if (answer.cleared) say("cleared");
            else if (savedState) say("resumed");
          }, function () {})
          .then(function () { stateLoaded = true; maybeStart(); });
      }
    }

    var button = section.querySelector("[data-h5p-start]");
    if (button) button.addEventListener("click", open);
    if ("IntersectionObserver" in window) {
      var observer = new window.IntersectionObserver(function (entries) {
        entries.forEach(function (entry) {
          if (entry.isIntersecting) { observer.disconnect(); open(); }
        });
      }, { rootMargin: "200px" });
      observer.observe(section);
    }
    window.addEventListener("online", flush);
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState === "hidden" && frame && started) {
        frame.contentWindow.postMessage({ civicedH5P: 1, kind: "save" }, "*");
      }
    });
  }

  document.querySelectorAll("[data-h5p-activity]").forEach(setup);
})();
