// The frame a lesson page opens offline to play a saved H5P activity (h5p/offline/,
// see h5p/offline_frame.py). A sandboxed frame's requests never reach the service
// worker, so this page (ours, at our origin, served by the worker) reads the player
// page and the files "Save for offline" stored, starts the player page in a
// sandboxed frame of its own (srcdoc: an opaque origin, as online) and hands it the
// files. Messages between the player and the lesson page pass through here
// unchanged, each way, from those two windows only.
(function () {
  "use strict";

  var PREFIX = "civiced-offline-";
  var script = document.currentScript;
  var resolverUrl = script.getAttribute("data-resolver");
  var bootText = JSON.parse(document.getElementById("h5p-offline-boot").textContent);
  var child = null;
  var sent = false;
  var prepared = null;

  function missing() {
    var note = document.querySelector("[data-h5p-offline-missing]");
    if (note) note.hidden = false;
    if (window.parent === window) return;
    window.parent.postMessage({ civicedH5P: 1, kind: "resize", height: document.documentElement.scrollHeight }, window.location.origin);
  }

  // Only inside a lesson page, whose messages it passes on.
  if (window.parent === window) {
    missing();
    return;
  }
  var address = decodeURIComponent(window.location.hash.slice(1));
  var player;
  try {
    player = new URL(address, window.location.origin);
  } catch (e) {
    player = null;
  }
  if (!player || player.origin !== window.location.origin || player.pathname.indexOf("/h5p/play/") !== 0) {
    missing();
    return;
  }

  // Every saved copy of a URL (this learner's caches only exist on this device).
  function read(url) {
    return window.caches.match(url, { ignoreVary: true }).then(function (hit) {
      if (!hit) throw new Error("not saved: " + url);
      return hit.arrayBuffer().then(function (data) {
        return { url: url, type: (hit.headers.get("Content-Type") || "").split(";")[0], data: data };
      });
    });
  }

  // The saved URLs that start with one of `prefixes`.
  function savedUnder(prefixes) {
    return window.caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf(PREFIX) === 0;
      }).map(function (name) {
        return window.caches.open(name).then(function (cache) { return cache.keys(); });
      }));
    }).then(function (lists) {
      var urls = {};
      lists.forEach(function (requests) {
        requests.forEach(function (request) {
          var url = request.url;
          if (prefixes.some(function (prefix) { return url.indexOf(prefix) === 0; })) urls[url] = true;
        });
      });
      return Object.keys(urls);
    });
  }

  function absolute(url) {
    return new URL(url, player.href).href;
  }

  function prepare() {
    return Promise.all([
      read(player.href),
      window.fetch(resolverUrl).then(function (response) {
        if (!response.ok) throw new Error("resolver");
        return response.text();
      }),
    ]).then(function (found) {
      var html = new TextDecoder().decode(found[0].data);
      var resolver = found[1];
      var doc = new DOMParser().parseFromString(html, "text/html");
      var config = JSON.parse(doc.getElementById("h5p-config").textContent);
      var styles = [];
      var scripts = [];
      doc.querySelectorAll("link[rel=stylesheet][href]").forEach(function (link) {
        styles.push(absolute(link.getAttribute("href")));
        link.parentNode.removeChild(link);
      });
      doc.querySelectorAll("script[src]").forEach(function (element) {
        scripts.push(absolute(element.getAttribute("src")));
        element.parentNode.removeChild(element);
      });
      var playerFolder = config.frameCss.replace(/\/styles\/[^/]*$/, "/");
      var prefixes = [config.h5pJsonPath + "/", playerFolder];
      return savedUnder(prefixes).then(function (urls) {
        var wanted = urls.concat(styles, scripts, [config.frameJs, config.frameCss]);
        wanted = wanted.filter(function (url, index) { return wanted.indexOf(url) === index; });
        return Promise.all(wanted.map(read));
      }).then(function (files) {
        var element = doc.createElement("script");
        element.textContent = bootText;
        doc.body.appendChild(element);
        return {
          srcdoc: "<!DOCTYPE html>" + doc.documentElement.outerHTML,
          message: { civicedOffline: 1, resolver: resolver, files: files, styles: styles, scripts: scripts },
        };
      });
    });
  }

  function start() {
    child = document.createElement("iframe");
    // As online: scripts, never this page's origin.
    child.setAttribute("sandbox", "allow-scripts allow-downloads allow-popups allow-popups-to-escape-sandbox");
    child.setAttribute("title", document.title);
    child.style.border = "0";
    child.style.display = "block";
    child.style.width = "100%";
    child.style.height = "150px";
    child.srcdoc = prepared.srcdoc;
    document.body.appendChild(child);
  }

  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data) return;
    if (child && event.source === child.contentWindow) {
      if (data.civicedOffline === 1 && data.kind === "boot" && !sent) {
        sent = true;
        var message = prepared.message;
        child.contentWindow.postMessage(message, "*", message.files.map(function (file) { return file.data; }));
        prepared.message = null;
      } else if (data.civicedH5P === 1) {
        if (data.kind === "resize" && typeof data.height === "number") {
          child.style.height = Math.max(150, Math.min(data.height, 20000)) + "px";
        }
        window.parent.postMessage(data, window.location.origin);
      }
    } else if (event.source === window.parent && event.origin === window.location.origin && data.civicedH5P === 1) {
      if (child) child.contentWindow.postMessage(data, "*");
    }
  });

  document.documentElement.style.margin = document.body.style.margin = "0";
  prepare().then(function (result) {
    prepared = result;
    start();
  }, missing);
})();
