// One outbox for what a learner's pages send: quiz autosaves and submits, reading
// progress, H5P statements and state. Each request is first kept in IndexedDB (the
// "civiced-outbox" database, which logging out deletes with the rest), marked with
// the learner it belongs to, then sent in order; one that cannot be sent (no
// network, the server unreachable) stays and goes when the connection returns:
// at the `online` event, on the next page load, or at the next periodic retry,
// from whichever tab gets there first. A Web Lock lets one tab at a time send; the
// keys the requests carry (quiz submits, statements, reading) make a repeat
// harmless on the server all the same. Another learner's items, on a shared
// device, are never sent from this learner's pages.
//
// window.civicedOutbox.send({url, kind, group, body, json, replaces, clears})
// keeps a request and tries to send it; listen(group, fn) hears what became of
// the group's requests, from any tab: fn({state: "queued" | "sent" | "refused",
// kind, data, held}), `held` when the request waited on this device first.
(function () {
  "use strict";

  var DB = "civiced-outbox";
  var STORE = "items";
  var RETRY_MS = 10000;
  var ownerNode = document.querySelector("[data-offline-cache]");
  var owner = ownerNode ? ownerNode.getAttribute("data-offline-cache") : "";
  var page = String(Date.now()) + Math.random();
  var listeners = {};
  var channel = window.BroadcastChannel ? new window.BroadcastChannel("civiced-outbox") : null;
  var opened = null;
  var draining = false;
  var retry = null;

  function database() {
    if (!opened) {
      opened = new Promise(function (resolve, reject) {
        var request = window.indexedDB.open(DB, 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore(STORE, { keyPath: "id", autoIncrement: true });
        };
        request.onsuccess = function () {
          var db = request.result;
          // Logging out (in another tab) deletes the database: let it.
          db.onversionchange = function () { db.close(); opened = null; };
          resolve(db);
        };
        request.onerror = function () { opened = null; reject(request.error); };
        request.onblocked = function () { opened = null; reject(new Error("blocked")); };
      });
    }
    return opened;
  }

  function transaction(mode, work) {
    return database().then(function (db) {
      return new Promise(function (resolve, reject) {
        var tx = db.transaction(STORE, mode);
        var result = work(tx.objectStore(STORE));
        tx.oncomplete = function () { resolve(result && result.value !== undefined ? result.value : result); };
        tx.onerror = tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  // This learner's items, oldest first.
  function mine() {
    return transaction("readonly", function (store) {
      var found = { value: [] };
      store.openCursor().onsuccess = function (event) {
        var cursor = event.target.result;
        if (!cursor) return;
        if (cursor.value.owner === owner) found.value.push(cursor.value);
        cursor.continue();
      };
      return found;
    });
  }

  function add(item) {
    return transaction("readwrite", function (store) {
      var replaces = item.replaces || [];
      if (replaces.length) {
        // What the new request makes pointless: an older autosave of the same quiz
        // (the newer one carries every answer), one a submit carries.
        store.openCursor().onsuccess = function (event) {
          var cursor = event.target.result;
          if (!cursor) {
            store.add(item);
            return;
          }
          var old = cursor.value;
          if (old.owner === item.owner && old.group === item.group && replaces.indexOf(old.kind) !== -1) {
            cursor.delete();
          }
          cursor.continue();
        };
      } else {
        store.add(item);
      }
    });
  }

  function remove(id) {
    return transaction("readwrite", function (store) { store.delete(id); });
  }

  function hold(item) {
    if (item.held) return Promise.resolve();
    item.held = true;
    return transaction("readwrite", function (store) {
      store.get(item.id).onsuccess = function (event) {
        var found = event.target.result;
        if (found) {
          found.held = true;
          store.put(found);
        }
      };
    });
  }

  function token() {
    var match = document.cookie.match(/(?:^|; )csrftoken=([^;]+)/);
    if (match) return decodeURIComponent(match[1]);
    var field = document.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function post(item) {
    var headers = { "X-CSRFToken": token(), "Accept": "application/json" };
    var body;
    if (item.json) {
      headers["Content-Type"] = "application/json";
      body = JSON.stringify(item.body);
    } else {
      // The token the page had when the request was kept may be stale (a new
      // login): the header's, read now, is the one that counts.
      var params = new URLSearchParams(item.body);
      params.delete("csrfmiddlewaretoken");
      body = params;
    }
    return window.fetch(item.url, { method: "POST", body: body, credentials: "same-origin", headers: headers });
  }

  function tell(message) {
    (listeners[message.group] || []).forEach(function (fn) {
      try { fn(message); } catch (e) { /* one listener's failure is not the outbox's */ }
    });
  }

  function notify(item, state, data) {
    var message = {
      owner: owner,
      group: item.group,
      kind: item.kind,
      state: state,
      data: data || null,
      held: Boolean(item.held || item.page !== page),
    };
    tell(message);
    if (channel) channel.postMessage(message);
  }

  function clearLocal(item) {
    (item.clears || []).forEach(function (entry) {
      try {
        var kept = JSON.parse(window.localStorage.getItem(entry.key) || "null");
        if (kept && (entry.seq === undefined || kept.seq === entry.seq)) window.localStorage.removeItem(entry.key);
      } catch (e) { /* storage off */ }
    });
  }

  function later() {
    if (!retry) retry = window.setTimeout(function () { retry = null; flush(); }, RETRY_MS);
  }

  function answer(response) {
    return response.json().then(function (data) { return data; }, function () { return null; });
  }

  // Send this learner's items one by one, oldest first, until none is left or one
  // cannot go yet.
  function drain() {
    return mine().then(function (items) {
      var item = items[0];
      if (!item) return null;
      return post(item).then(function (response) {
        return answer(response).then(function (data) {
          var status = response.status;
          // A refusal the server explains (bad input, a limit, a quiz gone) is
          // final; a failure without one (a proxy, a stale CSRF token, a server
          // error, a rate limit) is tried again later.
          var refused = status >= 400 && status < 500 && status !== 429 && data && typeof data.error === "string";
          if (response.ok || refused) {
            return remove(item.id).then(function () {
              if (response.ok) clearLocal(item);
              notify(item, response.ok ? "sent" : "refused", data);
              return drain();
            });
          }
          throw new Error("server " + status);
        });
      }).catch(function () {
        // None can go before this one: each waits on the device, and says so.
        later();
        return Promise.all(items.map(function (waiting) {
          return hold(waiting).then(function () { notify(waiting, "queued"); });
        }));
      });
    });
  }

  function run() {
    if (draining) return Promise.resolve();
    draining = true;
    return drain().catch(function () { later(); }).then(function () { draining = false; });
  }

  function flush() {
    if (!owner || !window.indexedDB) return Promise.resolve();
    if (navigator.locks && navigator.locks.request) {
      return navigator.locks.request("civiced-outbox:" + owner, { ifAvailable: true }, function (lock) {
        if (!lock) {
          // Another tab is sending: what was just kept may come after its last look.
          window.setTimeout(flush, 1000);
          return null;
        }
        return run();
      }).catch(function () { later(); });
    }
    return run();
  }

  function send(item) {
    var kept = {
      owner: owner,
      page: page,
      url: item.url,
      kind: item.kind || "",
      group: item.group || "",
      body: item.body,
      json: Boolean(item.json),
      replaces: item.replaces || [],
      clears: item.clears || [],
      at: Date.now(),
      held: false,
    };
    return add(kept).then(function () {
      flush();
      return kept;
    });
  }

  function listen(group, fn) {
    (listeners[group] = listeners[group] || []).push(fn);
  }

  function pending(group) {
    return mine().then(function (items) {
      return items.filter(function (item) { return item.group === group; });
    });
  }

  if (channel) {
    channel.onmessage = function (event) {
      if (event.data && event.data.owner === owner) tell(event.data);
    };
  }

  window.civicedOutbox = {
    available: Boolean(owner && window.indexedDB && window.fetch),
    send: send,
    listen: listen,
    pending: pending,
    flush: flush,
  };
  if (!window.civicedOutbox.available) return;
  window.addEventListener("online", flush);
  window.setInterval(function () { if (navigator.onLine !== false) flush(); }, 30000);
  flush();
})();
