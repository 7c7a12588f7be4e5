// Offline use: registers the service worker (/sw.js), tells it whose page this is,
// saves and removes module packs, lists what is saved, and clears a learner's saved
// data on logout (a shared school computer must not show the previous pupil's pages).
(function () {
  "use strict";

  var PACKS = "/__civiced_offline__/packs/";
  var supported = "serviceWorker" in navigator && "caches" in window;
  var owner = document.querySelector("[data-offline-cache]");
  var cacheName = owner ? owner.getAttribute("data-offline-cache") : "";

  function ask(message, onReply) {
    return navigator.serviceWorker.ready.then(function (registration) {
      return new Promise(function (resolve) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          if (onReply) onReply(event.data);
          if (event.data && event.data.state !== "progress") resolve(event.data);
        };
        registration.active.postMessage(message, [channel.port2]);
      });
    });
  }

  function format(text, values) {
    return text.replace(/\{(\w+)\}/g, function (_m, name) { return values[name]; });
  }

  function size(bytes) {
    var lang = document.documentElement.lang || "uk";
    var megabytes = bytes / (1024 * 1024);
    return megabytes.toLocaleString(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }) + " MB";
  }

  function savedPacks() {
    if (!cacheName) return Promise.resolve([]);
    return caches.has(cacheName).then(function (exists) {
      if (!exists) return [];
      return caches.open(cacheName).then(function (cache) {
        return cache.keys().then(function (requests) {
          return Promise.all(requests.filter(function (request) {
            return new URL(request.url).pathname.indexOf(PACKS) === 0;
          }).map(function (request) {
            return cache.match(request).then(function (hit) { return hit.json(); });
          }));
        });
      });
    });
  }

  // Set once a module is saved on this device: only then does logging out wait
  // for the caches to be emptied (else it goes at once, and the server's
  // Clear-Site-Data empties whatever is left).
  var SAVED_FLAG = "civiced:offline-saved";

  function clearLocalStorage() {
    try {
      Object.keys(window.localStorage).forEach(function (key) {
        if (key.indexOf("civiced:") === 0) window.localStorage.removeItem(key);
      });
    } catch (e) { /* storage off: nothing kept there */ }
  }

  function savedHere() {
    try {
      return !!window.localStorage.getItem(SAVED_FLAG);
    } catch (e) {
      return false;
    }
  }

  // Whatever this browser keeps for a learner: every offline cache, our IndexedDB
  // databases, and answers waiting in local storage.
  function clearHere() {
    var work = [];
    work.push(caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf("civiced-offline-") === 0 || name === "civiced-sw-state";
      }).map(function (name) { return caches.delete(name); }));
    }));
    if (window.indexedDB && indexedDB.databases) {
      work.push(indexedDB.databases().then(function (found) {
        found.forEach(function (db) {
          if (db.name && db.name.indexOf("civiced") === 0) indexedDB.deleteDatabase(db.name);
        });
      }).catch(function () {}));
    }
    clearLocalStorage();
    if (navigator.serviceWorker.controller) work.push(ask({ type: "clear" }));
    return Promise.all(work);
  }

  function setUpLogout() {
    Array.prototype.forEach.call(document.querySelectorAll("form[data-offline-logout]"), function (form) {
      var clearing = false;
      form.addEventListener("submit", function (event) {
        if (clearing) return;
        if (!supported || !savedHere()) {
          clearLocalStorage();
          return;
        }
        event.preventDefault();
        clearing = true;
        var go = function () { form.submit(); };
        // Logging out never waits long: the server's Clear-Site-Data does the rest.
        var timer = window.setTimeout(go, 2000);
        clearHere().catch(function () {}).then(function () {
          window.clearTimeout(timer);
          go();
        });
      });
    });
  }

  function setUpSave(box) {
    var button = box.querySelector("[data-offline-save-button]");
    var status = box.querySelector("[data-offline-status]");
    var id = box.getAttribute("data-module");
    box.hidden = false;
    savedPacks().then(function (packs) {
      packs.forEach(function (pack) {
        if (String(pack.id) === id) {
          status.textContent = format(box.getAttribute("data-msg-already"), {
            size: size(pack.size),
            date: new Date(pack.savedAt).toLocaleString(document.documentElement.lang || "uk"),
          });
        }
      });
    });
    button.addEventListener("click", function () {
      try {
        window.localStorage.setItem(SAVED_FLAG, "1");
      } catch (e) { /* storage off: logging out then relies on the server */ }
      if (!navigator.onLine) {
        status.textContent = box.getAttribute("data-msg-offline");
        return;
      }
      button.disabled = true;
      status.textContent = box.getAttribute("data-msg-saving");
      ask({ type: "save", pack: box.getAttribute("data-pack-url") }, function (reply) {
        if (reply.state === "progress") {
          status.textContent = format(box.getAttribute("data-msg-progress"), reply);
        }
      }).then(function (reply) {
        button.disabled = false;
        if (reply.state === "saved") {
          box.setAttribute("data-offline-saved-state", "saved");
          status.textContent = format(box.getAttribute("data-msg-saved"), { size: size(reply.pack.size) });
        } else {
          status.textContent = box.getAttribute("data-msg-failed");
        }
      });
    });
  }

  // Saved modules whose published content changed are saved again, and the
  // learner's assigned modules saved, while they are online on the site: one small
  // request a minute at most for the versions, one an hour for the assignments
  // (at once on the "Saved for offline" page and when the connection comes back).
  var CHECKED = "civiced:offline-checked";
  var ASSIGNED_CHECKED = "civiced:offline-assigned";

  function due(key, milliseconds) {
    try {
      return Date.now() - (Number(window.localStorage.getItem(key)) || 0) > milliseconds;
    } catch (e) {
      return true;
    }
  }

  function mark(key) {
    try {
      window.localStorage.setItem(key, String(Date.now()));
    } catch (e) { /* storage off: the next page checks again */ }
  }

  function markSaved() {
    try {
      window.localStorage.setItem(SAVED_FLAG, "1");
    } catch (e) { /* storage off: logging out then relies on the server */ }
  }

  function keepUpToDate(force) {
    if (!cacheName || !navigator.onLine) return Promise.resolve(null);
    var versions = savedHere() && (force || due(CHECKED, 60 * 1000));
    var assigned = force || due(ASSIGNED_CHECKED, 60 * 60 * 1000);
    if (!versions && !assigned) return Promise.resolve(null);
    if (versions) mark(CHECKED);
    if (assigned) mark(ASSIGNED_CHECKED);
    return ask({ type: "sync", cache: cacheName, versions: versions, assigned: assigned }).then(function (reply) {
      if (reply && reply.state === "synced" && (reply.refreshed.length || reply.saved.length)) {
        if (reply.saved.length) markSaved();
        document.dispatchEvent(new CustomEvent("civiced:offline-changed"));
      }
      return reply;
    });
  }

  function setUpList(list) {
    var empty = list.querySelector("[data-offline-empty]");
    var items = list.querySelector("[data-offline-items]");
    var template = list.querySelector("template");
    list.hidden = false;
    function draw() {
      return savedPacks().then(function (packs) {
        items.textContent = "";
        empty.hidden = packs.length > 0;
        packs.sort(function (a, b) { return a.title.localeCompare(b.title); });
        packs.forEach(function (pack) {
          var item = template.content.firstElementChild.cloneNode(true);
          var link = item.querySelector("a");
          link.href = pack.url;
          link.textContent = pack.title;
          item.querySelector("[data-size]").textContent = size(pack.size);
          var time = item.querySelector("time");
          time.dateTime = pack.savedAt;
          time.textContent = new Date(pack.savedAt).toLocaleString(document.documentElement.lang || "uk");
          var remove = item.querySelector("button");
          remove.setAttribute("aria-label", format(remove.getAttribute("data-label"), { title: pack.title }));
          remove.addEventListener("click", function () {
            remove.disabled = true;
            ask({ type: "remove", cache: cacheName, id: pack.id }).then(draw);
          });
          items.appendChild(item);
        });
        list.setAttribute("data-ready", "");
      });
    }
    draw();
    document.addEventListener("civiced:offline-changed", draw);
  }

  if (!supported) return;
  navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(function () {});
  navigator.serviceWorker.ready.then(function () {
    return ask({ type: "user", cache: cacheName || null });
  }).then(function () {
    document.documentElement.setAttribute("data-offline-ready", "");
    // Modules saved without a click (assigned ones) are cleared at logout too.
    savedPacks().then(function (packs) {
      if (packs.length) markSaved();
    });
    return keepUpToDate(!!document.querySelector("[data-offline-auto-save]"));
  }).then(function () {
    document.documentElement.setAttribute("data-offline-synced", "");
  });
  window.addEventListener("online", function () {
    keepUpToDate(true);
  });
  setUpLogout();
  Array.prototype.forEach.call(document.querySelectorAll("[data-offline-save]"), setUpSave);
  Array.prototype.forEach.call(document.querySelectorAll("[data-offline-saved]"), setUpList);
})();
