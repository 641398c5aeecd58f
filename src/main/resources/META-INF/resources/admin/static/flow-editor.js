// The menu draft editor: problem links that put the caret on the line they name, and the live counter of
// screen units. The counter never counts by itself: it sends the files as typed to the server, which
// measures them with the validator (the same numbers as the preview and publishing), a moment after typing stops.
(function () {
  'use strict';
  var form = document.getElementById('draft-form');
  if (!form) { return; }
  var words = form.dataset;
  var latest = null;
  var active = form.querySelector('textarea');
  var timer = null;
  var sent = 0;

  function lineStart(text, line) {
    var at = 0;
    for (var i = 1; i < line && at >= 0; i++) { at = text.indexOf('\n', at) + 1; if (at === 0) { return text.length; } }
    return at;
  }

  function goTo(fieldId, line) {
    var t = document.getElementById(fieldId);
    if (!t) { return; }
    t.focus({ preventScroll: true });
    if (line > 0) {
      var start = lineStart(t.value, line);
      var end = t.value.indexOf('\n', start);
      t.setSelectionRange(start, end < 0 ? t.value.length : end);
      var lh = parseFloat(getComputedStyle(t).lineHeight) || 20;
      t.scrollTop = Math.max(0, line - 3) * lh;
    }
    var label = document.querySelector('label[for="' + fieldId + '"]');
    (label || t).scrollIntoView({ block: 'start' });
    active = t;
    render();
  }

  document.querySelectorAll('a.problem-link').forEach(function (a) {
    a.addEventListener('click', function (ev) {
      ev.preventDefault();
      history.replaceState(null, '', a.getAttribute('href'));
      goTo(a.dataset.field, parseInt(a.dataset.line, 10) || 0);
    });
  });
  var hash = /^#(.+?)(?:-line-(\d+))?$/.exec(location.hash);
  if (hash && document.getElementById(hash[1])) { goTo(hash[1], parseInt(hash[2] || '0', 10)); }

  function keyAtCaret(t) {
    var before = t.value.substring(0, t.selectionStart);
    var line = t.value.substring(before.lastIndexOf('\n') + 1).split('\n')[0];
    var m = /^\s*["']?([^"':#\s]+)["']?\s*:/.exec(line);
    return m ? m[1] : null;
  }

  function fill(template, values) {
    return template.replace(/%(\w+)%/g, function (all, name) { return values[name] !== undefined ? values[name] : all; });
  }

  function render() {
    if (!latest || !active) { return; }
    var out = document.getElementById('count-' + active.id);
    if (!out) { return; }
    document.querySelectorAll('output.unit-counter').forEach(function (o) { if (o !== out) { o.textContent = ''; } });
    if (!latest.readable) { out.textContent = words.tUnreadable; out.className = 'unit-counter'; return; }
    var lang = active.dataset.lang || null;
    var key = lang ? keyAtCaret(active) : null;
    var screens = latest.screens.filter(function (s) { return lang === null || s.language === lang; });
    var mine = key ? screens.filter(function (s) { return s.keys.indexOf(key) >= 0; }) : [];
    var shown = mine.length ? mine : screens.slice().sort(function (a, b) {
      return (b.used / b.available) - (a.used / a.available);
    }).slice(0, 3);
    out.innerHTML = '';
    var head = document.createElement('span');
    head.className = 'counter-head';
    head.textContent = mine.length ? fill(words.tKey, { key: key }) : words.tTightest;
    out.appendChild(head);
    var list = document.createElement('ul');
    shown.forEach(function (s) {
      var li = document.createElement('li');
      li.className = 'screen-count' + (s.over ? ' over' : '');
      li.dataset.node = s.node;
      li.dataset.lang = s.language;
      li.dataset.used = s.used;
      li.dataset.available = s.available;
      li.textContent = fill(words.tScreen, { node: s.node, language: s.language, used: s.used, available: s.available,
        encoding: s.encoding }) + (s.over ? ' ' + words.tOver : '');
      list.appendChild(li);
    });
    out.appendChild(list);
    out.className = 'unit-counter' + (shown.some(function (s) { return s.over; }) ? ' over' : '');
    out.dataset.measured = String(sent);
  }

  function measure() {
    var mine = ++sent;
    fetch(form.getAttribute('action') + '/measure', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Accept': 'application/json' },
      body: new URLSearchParams(new FormData(form))
    }).then(function (r) { return r.ok ? r.json() : null; }).then(function (counts) {
      if (counts && mine === sent) { latest = counts; render(); }
    }).catch(function () { /* the counter is a help: saving still checks everything */ });
  }

  function soon() {
    clearTimeout(timer);
    timer = setTimeout(measure, 400);
  }

  form.querySelectorAll('textarea').forEach(function (t) {
    t.addEventListener('input', function () { active = t; soon(); });
    ['focus', 'click', 'keyup'].forEach(function (ev) {
      t.addEventListener(ev, function () { if (active !== t || ev !== 'focus') { active = t; render(); } });
    });
  });
  measure();
}());
