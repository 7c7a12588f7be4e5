// civiced's service worker (offline use; offline/views.py serves it at /sw.js).
//
// It never stores a page on its own: it stores only what a learner asks for with
// "Save for offline" (a module pack, in that learner's own cache), and serves from
// it only when the network fails. Everything else goes to the network as if there
// were no service worker. Personal pages (accounts, classes, reports, My learning,
// the admin, the API) are never intercepted, and nothing but GET ever is.
"use strict";

var PREFIX = "civiced-offline-";
var META = "civiced-sw-state";
var CURRENT = "/__civiced_offline__/current";
var PACKS = "/__civiced_offline__/packs/";
var PERSONAL = /^\/(?:en\/)?(?:accounts|classes|invitations|join|teach|reports|registry|verify|certificates|learning|open-data)(?:\/|$)|^\/(?:admin|django-admin|cms|api|documents|sw\.js|healthz)(?:\/|$)/;

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  // No navigation preload: with it, the browser sends each navigation twice when
  // the worker leaves a request alone (every personal page), and a page that shows
  // something once (the login cards) would show it to the first, unseen request.
  var preload = self.registration.navigationPreload;
  event.waitUntil(Promise.all([
    self.clients.claim(),
    preload ? preload.disable() : null,
  ]));
});

function personal(url) {
  return url.origin !== self.location.origin || PERSONAL.test(url.pathname);
}

// The cache of the learner the last page seen online belonged to, or null.
function currentCache() {
  return caches.open(META).then(function (meta) {
    return meta.match(CURRENT);
  }).then(function (hit) {
    return hit ? hit.json() : { cache: null };
  }).then(function (state) {
    return state.cache || null;
  });
}

function setCurrent(name) {
  return caches.open(META).then(function (meta) {
    return meta.put(CURRENT, new Response(JSON.stringify({ cache: name }), {
      headers: { "Content-Type": "application/json" },
    }));
  });
}

function deleteIndexedDB() {
  if (!self.indexedDB || !indexedDB.databases) return Promise.resolve();
  return indexedDB.databases().then(function (found) {
    return Promise.all(found.filter(function (db) {
      return db.name && db.name.indexOf("civiced") === 0;
    }).map(function (db) {
      return new Promise(function (resolve) {
        var request = indexedDB.deleteDatabase(db.name);
        request.onsuccess = request.onerror = request.onblocked = function () { resolve(); };
      });
    }));
  }).catch(function () {});
}

// Every learner's saved data on this device, except `keep`'s.
function clearAll(keep) {
  return caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return (name.indexOf(PREFIX) === 0 && name !== keep) || (!keep && name === META);
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () {
    return keep ? null : deleteIndexedDB();
  });
}

// A page online says whose it is: another learner's saved data goes; a page
// without a learner (logged out, or the session ended) stops any being served.
function announce(name) {
  return currentCache().then(function (current) {
    if (name && current && current !== name) {
      return clearAll(name).then(function () { return setCurrent(name); });
    }
    return setCurrent(name || null);
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (personal(url) || url.pathname.indexOf("/__civiced_offline__/") === 0) return;
  var network = fetch(request);
  event.respondWith(network.catch(function (error) {
    return currentCache().then(function (name) {
      if (!name) throw error;
      return caches.has(name).then(function (exists) {
        if (!exists) throw error;
        return caches.open(name).then(function (cache) {
          return cache.match(request, { ignoreVary: true });
        });
      });
    }).then(function (hit) {
      if (!hit) throw error;
      return hit;
    });
  }));
});

function packs(cache) {
  return cache.keys().then(function (requests) {
    return Promise.all(requests.filter(function (request) {
      return new URL(request.url).pathname.indexOf(PACKS) === 0;
    }).map(function (request) {
      return cache.match(request).then(function (hit) { return hit.json(); });
    }));
  });
}

// Fetch every file of a module pack into the learner's cache, telling the page
// how far it has got. A file that cannot be fetched fails the whole save.
function save(packUrl, report) {
  var pack;
  var name;
  return fetch(packUrl, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
    if (!response.ok || response.redirected) throw new Error("pack " + response.status);
    return response.json();
  }).then(function (data) {
    pack = data;
    name = data.cache;
    if (!name || name.indexOf(PREFIX) !== 0) throw new Error("cache");
    return announce(name);
  }).then(function () {
    return caches.open(name);
  }).then(function (cache) {
    var files = pack.files.filter(function (file) {
      return !personal(new URL(file.url, self.location.origin));
    });
    var done = 0;
    var bytes = 0;
    var queue = files.slice();
    function next() {
      var file = queue.shift();
      if (!file) return Promise.resolve();
      return fetch(file.url, { credentials: "same-origin", cache: "no-cache" }).then(function (response) {
        if (!response.ok || response.redirected) throw new Error(file.url + " " + response.status);
        return response.blob().then(function (blob) {
          bytes += blob.size;
          return cache.put(file.url, new Response(blob, {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          }));
        });
      }).then(function () {
        done += 1;
        report({ state: "progress", done: done, total: files.length });
        return next();
      });
    }
    // Three at a time: quick on a good connection, gentle on the server.
    return Promise.all([next(), next(), next()]).then(function () {
      var record = {
        id: pack.id,
        title: pack.title,
        url: pack.url,
        version: pack.version,
        size: bytes,
        savedAt: new Date().toISOString(),
        files: files.map(function (file) { return file.url; }),
      };
      return cache.put(PACKS + pack.id, new Response(JSON.stringify(record), {
        headers: { "Content-Type": "application/json" },
      })).then(function () { return record; });
    });
  });
}

// Remove one saved module, keeping the files another saved module still uses.
function remove(name, id) {
  return caches.has(name).then(function (exists) {
    if (!exists) return null;
    return caches.open(name).then(function (cache) {
      return packs(cache).then(function (all) {
        var keep = {};
        var gone = null;
        all.forEach(function (pack) {
          if (String(pack.id) === String(id)) gone = pack;
          else pack.files.forEach(function (url) { keep[url] = true; });
        });
        if (!gone) return null;
        return Promise.all(gone.files.filter(function (url) { return !keep[url]; }).map(function (url) {
          return cache.delete(url);
        })).then(function () { return cache.delete(PACKS + gone.id); });
      });
    });
  });
}

// --- keeping saved modules up to date, and saving assigned ones -------------------

var VERSIONS_URL = "{% url 'offline_versions' %}";
var ASSIGNED_URL = "{% url 'offline_assigned' %}";
var PACK_URL = "{% url 'offline_pack' 0 %}";

function packUrl(id) {
  return PACK_URL.replace(/\/0\/$/, "/" + encodeURIComponent(id) + "/");
}

function getJSON(url) {
  return fetch(url, { credentials: "same-origin", cache: "no-store" }).then(function (response) {
    if (!response.ok || response.redirected) throw new Error(url + " " + response.status);
    return response.json();
  });
}

// After a module was saved again: the files its earlier version had that no saved
// module uses any more.
function prune(name, old) {
  return caches.open(name).then(function (cache) {
    return packs(cache).then(function (all) {
      var keep = {};
      all.forEach(function (pack) {
        pack.files.forEach(function (url) { keep[url] = true; });
      });
      return Promise.all(old.files.filter(function (url) { return !keep[url]; }).map(function (url) {
        return cache.delete(url);
      }));
    });
  });
}

// One check at a time, whichever tab asks: the saved modules whose published
// version changed are saved again (one small request says which), and, when asked,
// the learner's assigned modules not saved yet are saved.
var syncing = null;

function sync(name, options) {
  if (syncing) return syncing;
  var result = { state: "synced", refreshed: [], saved: [] };
  var saved = [];
  var work = caches.has(name).then(function (exists) {
    return exists ? caches.open(name).then(packs) : [];
  }).then(function (found) {
    saved = found;
    if (!options.versions || !saved.length) return {};
    var ids = saved.map(function (pack) { return pack.id; }).slice(0, 50);
    return getJSON(VERSIONS_URL + "?ids=" + ids.join(",")).then(function (data) {
      return data.versions || {};
    }, function () { return {}; });
  }).then(function (versions) {
    var jobs = [];
    saved.forEach(function (pack) {
      var current = versions[String(pack.id)];
      if (current && current !== pack.version) {
        jobs.push({ pack: packUrl(pack.id), id: pack.id, old: pack, list: result.refreshed });
      }
    });
    if (!options.assigned) return jobs;
    return getJSON(ASSIGNED_URL).then(function (data) {
      var have = {};
      saved.forEach(function (pack) { have[String(pack.id)] = true; });
      (data.packs || []).forEach(function (item) {
        if (!have[String(item.id)] && typeof item.pack === "string") {
          jobs.push({ pack: item.pack, id: item.id, old: null, list: result.saved });
        }
      });
      return jobs;
    }, function () { return jobs; });
  }).then(function (jobs) {
    // One module after another: gentle on a shelter's weak connection. Should the
    // learner log out meanwhile (their pages stop naming this cache), what was
    // being saved goes and nothing more is.
    var stopped = false;
    return jobs.reduce(function (previous, job) {
      return previous.then(function () {
        if (stopped) return null;
        return save(job.pack, function () {}).then(function (record) {
          job.list.push(record.id);
          return job.old ? prune(name, job.old) : null;
        }, function () { /* the next connection tries again */ }).then(function () {
          return currentCache();
        }).then(function (current) {
          if (current === name) return null;
          stopped = true;
          return caches.delete(name);
        });
      });
    }, Promise.resolve());
  }).then(function () { return result; });
  syncing = work.then(function (value) {
    syncing = null;
    return value;
  }, function (error) {
    syncing = null;
    throw error;
  });
  return syncing;
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  var port = event.ports && event.ports[0];
  function reply(message) {
    if (port) port.postMessage(message);
  }
  var work;
  if (data.type === "user") {
    work = announce(data.cache || null).then(function () { reply({ state: "ok" }); });
  } else if (data.type === "save" && typeof data.pack === "string") {
    work = save(data.pack, reply).then(function (record) {
      reply({ state: "saved", pack: record });
    }, function (error) {
      reply({ state: "failed", error: String(error) });
    });
  } else if (data.type === "remove" && typeof data.cache === "string") {
    work = remove(data.cache, data.id).then(function () { reply({ state: "removed" }); });
  } else if (data.type === "sync" && typeof data.cache === "string" && data.cache.indexOf(PREFIX) === 0) {
    work = sync(data.cache, { versions: !!data.versions, assigned: !!data.assigned }).then(reply, function (error) {
      reply({ state: "failed", error: String(error) });
    });
  } else if (data.type === "clear") {
    work = clearAll(null).then(function () { reply({ state: "cleared" }); });
  } else {
    return;
  }
  event.waitUntil(work);
});
