// Runs first in the sandboxed player frame when a saved activity plays offline (the
// frame's boot script loads it; see h5p/offline_frame.py). The frame's own requests
// never reach the service worker, so the files were handed over by the page around
// it: each becomes a blob: URL of this frame, and every way the player asks for a
// file (fetch, XHR, script, stylesheet, image and media addresses, url() in
// stylesheets) gets that URL instead. Then it starts the player page's styles and
// scripts (h5p-frame.js and the player), which run as they do online.
(function () {
  "use strict";

  var given = window.civicedOffline;
  delete window.civicedOffline;
  var blobs = {};
  var CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;

  function key(url) {
    try {
      var parsed = new URL(url, document.baseURI);
      parsed.hash = "";
      return parsed.href;
    } catch (e) {
      return "";
    }
  }

  function find(url) {
    if (typeof url !== "string" || /^(blob|data):/i.test(url)) return null;
    var found = key(url);
    return blobs[found] || blobs[found.split("?")[0]] || null;
  }

  function isCss(file) { return file.type === "text/css"; }

  given.files.forEach(function (file) {
    if (!isCss(file)) blobs[key(file.url)] = URL.createObjectURL(new Blob([file.data], { type: file.type }));
  });
  // Stylesheets last: their url() become the blob: URLs of the files they name.
  given.files.forEach(function (file) {
    if (!isCss(file)) return;
    var text = new TextDecoder().decode(file.data).replace(CSS_URL, function (match, quote, ref) {
      var hit = /^(data|blob):/i.test(ref) ? null : find(new URL(ref, file.url).href);
      return hit ? 'url("' + hit + '")' : match;
    });
    blobs[key(file.url)] = URL.createObjectURL(new Blob([text], { type: "text/css" }));
  });

  function hook(proto, name) {
    var property = proto && Object.getOwnPropertyDescriptor(proto, name);
    if (!property || !property.set) return;
    Object.defineProperty(proto, name, {
      configurable: true,
      enumerable: property.enumerable,
      get: property.get,
      set: function (value) { property.set.call(this, find(value) || value); },
    });
  }
  hook(window.HTMLScriptElement.prototype, "src");
  hook(window.HTMLLinkElement.prototype, "href");
  hook(window.HTMLImageElement.prototype, "src");
  hook(window.HTMLMediaElement.prototype, "src");
  hook(window.HTMLSourceElement.prototype, "src");
  hook(window.HTMLTrackElement.prototype, "src");

  var setAttribute = window.Element.prototype.setAttribute;
  window.Element.prototype.setAttribute = function (name, value) {
    var lower = String(name).toLowerCase();
    if ((lower === "src" || (lower === "href" && this.tagName !== "A")) && typeof value === "string") {
      value = find(value) || value;
    }
    return setAttribute.call(this, name, value);
  };

  var fetch = window.fetch;
  window.fetch = function (input, init) {
    var hit = find(typeof input === "string" ? input : input && input.url);
    if (hit) return fetch.call(window, hit);
    return fetch.call(window, input, init);
  };

  var open = window.XMLHttpRequest.prototype.open;
  window.XMLHttpRequest.prototype.open = function (method, url) {
    var args = Array.prototype.slice.call(arguments);
    args[1] = find(String(url)) || url;
    return open.apply(this, args);
  };

  // Markup the player writes as text (an <img src=…> in HTML) is parsed without
  // the setters above: point its files at the saved copies once it is in place.
  function fix(element) {
    var src = element.getAttribute("src");
    var hit = src && find(src);
    if (hit) setAttribute.call(element, "src", hit);
  }
  var MEDIA = "img[src], video[src], audio[src], source[src], track[src]";
  new window.MutationObserver(function (records) {
    records.forEach(function (record) {
      record.addedNodes.forEach(function (node) {
        if (node.nodeType !== 1) return;
        if (node.matches(MEDIA)) fix(node);
        node.querySelectorAll(MEDIA).forEach(fix);
      });
    });
  }).observe(document.documentElement, { childList: true, subtree: true });

  given.styles.forEach(function (url) {
    var link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = url;
    document.head.appendChild(link);
  });
  given.scripts.forEach(function (url) {
    var element = document.createElement("script");
    element.async = false;
    element.src = url;
    document.head.appendChild(element);
  });
})();
