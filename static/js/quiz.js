// Quizzes: autosave as the learner answers, keep answers in the browser while the
// network is down, and submit exactly once (the form carries a one-time key). With
// the outbox (outbox.js) autosaves and the submit are kept on the device and sent
// in order when the connection is back; the submit carries the time of the click.
// Without this script the form still submits normally.
(function () {
  "use strict";

  var RETRY_MS = 5000;

  function csrfToken(form) {
    var field = form.querySelector("input[name=csrfmiddlewaretoken]");
    return field ? field.value : "";
  }

  function encode(form, extra) {
    var params = new URLSearchParams(new FormData(form));
    Object.keys(extra || {}).forEach(function (name) { params.set(name, extra[name]); });
    return params;
  }

  function restore(form, entries) {
    var byName = {};
    entries.forEach(function (pair) {
      (byName[pair[0]] = byName[pair[0]] || []).push(pair[1]);
    });
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.type === "hidden") return;
      var values = byName[field.name] || [];
      if (field.type === "radio" || field.type === "checkbox") {
        field.checked = values.indexOf(field.value) !== -1;
      } else {
        field.value = values.length ? values[0] : "";
      }
    });
  }

  function setup(section) {
    var form = section.querySelector("[data-quiz-form]");
    var url = section.getAttribute("data-autosave-url");
    if (!form || !url) return;
    var status = section.querySelector("[data-save-status]");
    var button = form.querySelector("[data-submit]");
    var storeKey = "civiced:quiz:" + section.getAttribute("data-activity");
    var submitStoreKey = storeKey + ":submit";
    var timer = null;
    var retry = null;
    var sending = false;
    var inflight = null;  // the autosave on its way, which a submit waits for
    var submitting = false;
    var messages = {
      saved: section.getAttribute("data-msg-saved"),
      offline: section.getAttribute("data-msg-offline"),
      retry: section.getAttribute("data-msg-retry"),
      saving: section.getAttribute("data-msg-saving"),
      submitting: section.getAttribute("data-msg-submitting"),
      submitPending: section.getAttribute("data-msg-submit-pending"),
      queued: section.getAttribute("data-msg-queued"),
      sent: section.getAttribute("data-msg-sent"),
    };
    var outbox = window.civicedOutbox && window.civicedOutbox.available ? window.civicedOutbox : null;
    var group = "quiz:" + url;
    // "No connection" only when the browser says so; a failed save while online
    // is retried and said as such.
    function unsaved() { return navigator.onLine === false ? messages.offline : messages.retry; }

    function say(text) { if (status) status.textContent = text; }
    function stored(key) {
      try { return JSON.parse(window.localStorage.getItem(key) || "null"); } catch (e) { return null; }
    }
    function keep(key, value) {
      try {
        if (value === null) window.localStorage.removeItem(key);
        else window.localStorage.setItem(key, JSON.stringify(value));
      } catch (e) { /* storage full or disabled: the server copy still counts */ }
    }

    function post(target, body) {
      return window.fetch(target, {
        method: "POST",
        body: body,
        credentials: "same-origin",
        headers: { "X-CSRFToken": csrfToken(form), "Accept": "application/json" },
      });
    }

    function snapshot() {
      var seq = Date.now();
      var entries = [];
      encode(form).forEach(function (value, name) { entries.push([name, value]); });
      keep(storeKey, { seq: seq, entries: entries });
      return seq;
    }

    function queueSave() {
      var pending = stored(storeKey);
      if (!pending || submitting) return;
      var body = new URLSearchParams(pending.entries);
      body.set("seq", String(pending.seq));
      // Online, the save is on its way: say so until the outbox hears back.
      if (navigator.onLine !== false) say(messages.saving);
      outbox.send({
        url: url,
        kind: "autosave",
        group: group,
        body: body.toString(),
        replaces: ["autosave"],
        clears: [{ key: storeKey, seq: pending.seq }],
      }).catch(function () { outbox = null; save(); });
    }

    function save() {
      if (outbox) { queueSave(); return; }
      var pending = stored(storeKey);
      if (!pending || sending || submitting) return;
      sending = true;
      say(messages.saving);
      var body = new URLSearchParams(pending.entries);
      body.set("seq", String(pending.seq));
      inflight = post(url, body).then(function (response) {
        sending = false;
        if (submitting) return;
        if (response.ok) {
          var latest = stored(storeKey);
          if (latest && latest.seq === pending.seq) keep(storeKey, null);
          say(messages.saved);
          if (latest && latest.seq !== pending.seq) save();
          return;
        }
        return response.json().then(function (data) {
          say(data.error || unsaved());
        });
      }).catch(function () {
        sending = false;
        if (submitting) return;
        say(unsaved());
        clearTimeout(retry);
        retry = setTimeout(save, RETRY_MS);
      });
    }

    function changed() {
      if (submitting) return;
      snapshot();
      if (navigator.onLine === false) say(messages.offline);
      clearTimeout(timer);
      timer = setTimeout(save, 800);
    }

    function sendSubmit() {
      var pending = stored(submitStoreKey);
      if (!pending) return;
      if (button) button.disabled = true;
      say(messages.submitting);
      var body = new URLSearchParams(pending.entries);
      post(form.action, body).then(function (response) {
        if (response.ok) {
          keep(submitStoreKey, null);
          keep(storeKey, null);
          window.location.hash = section.id;
          window.location.reload();
          return;
        }
        keep(submitStoreKey, null);
        submitting = false;
        if (button) button.disabled = false;
        return response.json().then(function (data) { say(data.error || ""); });
      }).catch(function () {
        say(messages.submitPending);
        clearTimeout(retry);
        retry = setTimeout(sendSubmit, RETRY_MS);
      });
    }

    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    function check(button) {
      var fieldset = button.closest("[data-question]");
      var body = encode(form, { question: button.value });
      button.disabled = true;
      post(button.getAttribute("formaction"), body).then(function (response) {
        return response.json().then(function (data) {
          if (!response.ok) {
            button.disabled = false;
            say(data.error || "");
            return;
          }
          var box = fieldset.querySelector("[data-feedback]");
          box.innerHTML = data.html;
          fieldset.disabled = true;
          keep(storeKey, null);
        });
      }).catch(function () {
        button.disabled = false;
        say(unsaved());
      });
    }

    function freshKey() {
      return window.crypto && window.crypto.randomUUID ? window.crypto.randomUUID() : null;
    }

    // Through the outbox: the submit is kept on the device, marked with the click's
    // time, and replaces the autosaves still waiting (it carries every answer).
    function queueSubmit() {
      submitting = true;
      clearTimeout(timer);
      if (button) button.disabled = true;
      say(messages.submitting);
      var extra = { clicked_at: String(Date.now()) };
      // A page kept for offline use may show an earlier attempt's key.
      var key = freshKey();
      if (key) extra.key = key;
      outbox.send({
        url: form.action,
        kind: "submit",
        group: group,
        body: encode(form, extra).toString(),
        replaces: ["autosave"],
        clears: [{ key: storeKey }],
      }).then(function () {
        keep(storeKey, null);
      }, function () {
        outbox = null;
        submitting = false;
        if (button) button.disabled = false;
        say(unsaved());
      });
    }

    function heard(message) {
      if (message.kind === "submit") {
        if (message.state === "sent") {
          say(messages.sent);
          window.location.hash = section.id;
          window.location.reload();
        } else if (message.state === "refused") {
          submitting = false;
          if (button) button.disabled = false;
          say((message.data && message.data.error) || "");
        } else {
          say(messages.queued);
        }
        return;
      }
      if (submitting) return;
      if (message.state === "sent") say(message.held ? messages.sent : messages.saved);
      else if (message.state === "refused") say((message.data && message.data.error) || unsaved());
      else say(messages.queued);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (event.submitter && event.submitter.hasAttribute("data-check")) {
        check(event.submitter);
        return;
      }
      if (outbox) {
        if (!submitting) queueSubmit();
        return;
      }
      if (submitting || stored(submitStoreKey)) return;  // already on its way
      // The submit carries every answer: no autosave follows it (a late one would
      // open a new attempt), and one already on its way is waited for, so the
      // server takes them in order. The click is never lost to it.
      submitting = true;
      clearTimeout(timer);
      clearTimeout(retry);
      if (button) button.disabled = true;
      var entries = [];
      encode(form).forEach(function (value, name) { entries.push([name, value]); });
      keep(submitStoreKey, { entries: entries });
      keep(storeKey, null);
      var before = inflight || Promise.resolve();
      before.then(sendSubmit, sendSubmit);
    });
    if (outbox) {
      outbox.listen(group, heard);
      // What this device still keeps for the quiz, from this visit or an earlier one.
      outbox.pending(group).then(function (items) {
        var kinds = items.map(function (item) { return item.kind; });
        var local = stored(storeKey);
        if (kinds.indexOf("submit") !== -1) {
          submitting = true;
          if (button) button.disabled = true;
          say(messages.queued);
          return;
        }
        if (local) {
          restore(form, local.entries);
          if (kinds.indexOf("autosave") !== -1) say(messages.queued);
          else save();
        }
      }, function () { outbox = null; });
      window.addEventListener("pagehide", function () {
        clearTimeout(timer);
        save();
      });
      return;
    }
    window.addEventListener("online", function () { save(); sendSubmit(); });
    window.addEventListener("pagehide", function () {
      var pending = stored(storeKey);
      if (pending && navigator.sendBeacon) {
        var data = new FormData();
        pending.entries.forEach(function (pair) { data.append(pair[0], pair[1]); });
        data.set("seq", String(pending.seq));
        data.set("csrfmiddlewaretoken", csrfToken(form));
        navigator.sendBeacon(url, data);
      }
    });

    // Answers given while offline (or before a crash) come back from the browser.
    var local = stored(storeKey);
    if (local) {
      restore(form, local.entries);
      save();
    }
    if (stored(submitStoreKey)) { submitting = true; sendSubmit(); }
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-quiz]"), setup);
})();
