// Runs inside the sandboxed H5P frame (an opaque origin: no cookies, no storage).
// Waits for the lesson page to send the saved state, starts h5p-standalone, and
// sends xAPI statements, the player's state and its height back by postMessage.
// It never calls the site's endpoints: only the lesson page can, as the learner.
(function () {
  "use strict";

  // The frame has no storage (its origin is opaque), and H5P core reads
  // localStorage while it starts. A storage that lives as long as the frame
  // keeps it working; what must last goes to the lesson page by postMessage.
  function memoryStorage() {
    var items = {};
    return {
      getItem: function (key) { return Object.prototype.hasOwnProperty.call(items, key) ? items[key] : null; },
      setItem: function (key, value) { items[key] = String(value); },
      removeItem: function (key) { delete items[key]; },
      clear: function () { items = {}; },
      key: function (index) { return Object.keys(items)[index] || null; },
      get length() { return Object.keys(items).length; },
    };
  }
  ["localStorage", "sessionStorage"].forEach(function (name) {
    try {
      if (window[name]) return;
    } catch (e) { /* sandboxed: replace it below */ }
    try {
      Object.defineProperty(window, name, { value: memoryStorage(), configurable: true });
    } catch (e) { /* the player copes without */ }
  });

  var config = JSON.parse(document.getElementById("h5p-config").textContent);
  var parentOrigin = config.parentOrigin;
  var started = false;
  var lastState = null;
  // The state the content reports as it starts: a state equal to it holds no
  // progress (H5P reports one on merely opening), so it is not kept, and the
  // lesson page never says "you continue where you stopped" for it.
  var startState = null;
  var progressed = false;
  var seq = 0;
  // Media from another host (allowed by the site) waits for the learner's click:
  // until then the player does not start, so nothing is requested from that host.
  var gate = document.querySelector("[data-media-gate]");
  var consented = !gate;
  var pending = null;

  if (gate) {
    gate.querySelector("[data-media-load]").addEventListener("click", function () {
      consented = true;
      gate.parentNode.removeChild(gate);
      if (pending) start(pending.state);
    });
  }

  // Links in content open a new window (the sandbox allows popups that escape
  // it), never this frame, and the page opened gets no handle back to it.
  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
    if (!link || !/^https?:/i.test(link.href)) return;
    // A link within this page (H5P uses href="#" for some controls) stays here.
    if ((link.getAttribute("href") || "").charAt(0) === "#") return;
    if (link.href.split("#")[0] === window.location.href.split("#")[0]) return;
    var rel = (link.getAttribute("rel") || "").split(/\s+/);
    ["noopener", "noreferrer"].forEach(function (word) {
      if (rel.indexOf(word) === -1) rel.push(word);
    });
    link.setAttribute("rel", rel.join(" ").trim());
    link.setAttribute("target", "_blank");
  }, true);

  function send(message) {
    message.civicedH5P = 1;
    window.parent.postMessage(message, parentOrigin);
  }

  function instance() {
    return window.H5P && window.H5P.instances && window.H5P.instances[0];
  }

  function reportState() {
    var player = instance();
    if (!player || typeof player.getCurrentState !== "function") return;
    var state;
    try { state = player.getCurrentState(); } catch (e) { return; }
    if (state === undefined || state === null) return;
    var text = JSON.stringify(state);
    if (text === lastState) return;
    if (!progressed) {
      if (text === startState) return;
      progressed = true;
    }
    lastState = text;
    seq += 1;
    send({ kind: "state", data: text, seq: seq });
  }

  function reportHeight() {
    send({ kind: "resize", height: document.documentElement.scrollHeight });
  }

  function start(savedState) {
    if (started) return;
    started = true;
    var options = {
      id: "civiced",
      // "div": the content runs in this document, which is already the isolated
      // frame. A nested about:blank iframe would get its own opaque origin here,
      // out of reach of the player that has to fill it.
      embedType: "div",
      h5pJsonPath: config.h5pJsonPath,
      librariesPath: config.librariesPath,
      contentJsonPath: config.contentJsonPath,
      frameJs: config.frameJs,
      frameCss: config.frameCss,
      translations: config.translations,
      frame: false,
      copyright: false,
      icon: false,
      export: false,
      embed: false,
      saveFreq: 30,
      xAPIObjectIRI: config.h5pJsonPath,
    };
    if (savedState) {
      lastState = savedState;
      options.contentUserData = [{ state: savedState }];
    }
    var root = document.getElementById("h5p-player");
    new window.H5PStandalone.H5P(root, options).then(function () {
      var player = instance();
      try {
        var first = player && typeof player.getCurrentState === "function" ? player.getCurrentState() : null;
        startState = first === undefined || first === null ? null : JSON.stringify(first);
      } catch (e) { startState = null; }
      window.H5P.externalDispatcher.on("xAPI", function (event) {
        var statement = event && event.data && event.data.statement;
        if (!statement) return;
        send({ kind: "xapi", statement: JSON.parse(JSON.stringify(statement)) });
        window.setTimeout(reportState, 0);
      });
      send({ kind: "started" });
      window.setInterval(reportState, 5000);
      if (window.ResizeObserver) new window.ResizeObserver(reportHeight).observe(document.body);
      window.setInterval(reportHeight, 1000);
      reportHeight();
    }, function () {
      send({ kind: "failed" });
    });
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || !event.data || event.data.civicedH5P !== 1) return;
    if (event.data.kind === "start") {
      pending = { state: typeof event.data.state === "string" ? event.data.state : null };
      if (consented) start(pending.state);
    } else if (event.data.kind === "save") {
      reportState();
    }
  });
  send({ kind: "ready" });
  // The notices above the player take room before it starts: make the frame fit.
  if (document.querySelector("[data-media-gate], .h5p-frame-notice")) reportHeight();
})();
