// The live batch page: polls progress.json, keeps the counts and the live region current, renders the candidates
// (text nodes only: nothing from a document is ever parsed as HTML), sorts, filters, and keeps the shortlist.
(function () {
  'use strict';
  var root = document.getElementById('batch');
  if (!root) { return; }
  var batch = root.getAttribute('data-batch');
  var path = root.getAttribute('data-path');
  var GRADES = { strong: 1, fair: 1, weak: 1, failed: 1 };
  var DEFAULT_DIRECTION = { rank: 1, file: 1, status: 1, score: -1, grade: 1, jobMatch: -1 };
  var GRADE_ORDER = { strong: 0, fair: 1, weak: 2 };
  var rows = [];
  var lastData = '';
  var lastDone = -1;
  var lastStatus = '';
  var sort = { key: 'rank', dir: 1 };
  var selectedKey = 'rp-selected:' + batch;
  var selected = load(selectedKey);
  var received = load('rp-received:' + batch);
  var $ = function (id) { return document.getElementById(id); };

  function load(name) {
    try { return JSON.parse(sessionStorage.getItem(name) || '[]'); } catch (ignored) { return []; }
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }

  function poll() {
    fetch(path + '/progress.json', { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (res) {
        if (res.status === 401 || res.redirected) { location.assign('/login'); throw new Error('login'); }
        if (!res.ok) { throw new Error('HTTP ' + res.status); }
        return res.json();
      })
      .then(function (data) { update(data); setTimeout(poll, data.done ? 10000 : 1000); })
      .catch(function (err) { if (err.message !== 'login') { setTimeout(poll, 3000); } });
  }

  function update(data) {
    var keys = {};
    received.forEach(function (k) { keys[k] = 1; });
    data.documents.forEach(function (d) { keys[d.key] = 1; });
    var total = Math.max(Object.keys(keys).length, data.known);
    var finished = data.scored + data.failed;
    data.done = total > 0 && finished >= total;
    $('count-received').textContent = total;
    $('count-extracted').textContent = data.extracted;
    $('count-scored').textContent = data.scored;
    $('count-failed').textContent = data.failed;
    var bar = $('batch-progress');
    bar.max = Math.max(total, 1);
    bar.value = finished;
    var text = total === 0 ? 'Waiting for the first documents…'
      : data.done ? 'All ' + total + ' documents have a result: ' + data.scored + ' scored, ' + data.failed + ' failed.'
      : finished + ' of ' + total + ' documents have a result (' + data.extracted + ' read so far)…';
    if (text !== lastStatus) { $('progress-status').textContent = text; lastStatus = text; }
    var json = JSON.stringify(data.documents);
    if (json !== lastData) {
      lastData = json;
      rows = data.documents;
      render();
      failures();
    }
    if (finished !== lastDone) {
      lastDone = finished;
      if (finished > 0) { charts(); }
    }
  }

  function charts() {
    fetch(path + '/charts', { credentials: 'same-origin' })
      .then(function (res) { return res.ok ? res.text() : null; })
      .then(function (html) { if (html !== null) { $('charts').innerHTML = html; } })
      .catch(function () { /* the next change retries */ });
  }

  function filters() {
    return {
      grade: $('filter-grade').value,
      status: $('filter-status').value,
      minScore: $('filter-min-score').value === '' ? null : Number($('filter-min-score').value),
      minMatch: $('filter-min-match').value === '' ? null : Number($('filter-min-match').value),
      text: $('filter-text').value.trim().toLowerCase()
    };
  }

  function matches(d, f) {
    if (f.grade && d.grade !== f.grade) { return false; }
    if (f.status && d.status !== f.status) { return false; }
    if (f.minScore !== null && (d.score === null || d.score < f.minScore)) { return false; }
    if (f.minMatch !== null && (d.jobMatch === null || d.jobMatch < f.minMatch)) { return false; }
    if (f.text) {
      var hay = [d.file, d.status, d.grade, d.reason, d.message].concat(d.findings).join(' ').toLowerCase();
      if (hay.indexOf(f.text) < 0) { return false; }
    }
    return true;
  }

  function value(d, key) {
    if (key === 'grade') { return d.status === 'failed' ? 9 : (GRADE_ORDER[d.grade] === undefined ? 8 : GRADE_ORDER[d.grade]); }
    var v = d[key];
    if (v === null || v === undefined) { return null; }
    return typeof v === 'string' ? v.toLowerCase() : v;
  }

  function compare(a, b) {
    var x = value(a, sort.key);
    var y = value(b, sort.key);
    if (x === y) { return a.rank - b.rank; }
    if (x === null) { return 1; }
    if (y === null) { return -1; }
    return (x < y ? -1 : 1) * sort.dir;
  }

  function render() {
    var f = filters();
    var shown = rows.filter(function (d) { return matches(d, f); }).sort(compare);
    var focused = document.activeElement && document.activeElement.id;
    var body = $('candidate-rows');
    var fresh = document.createDocumentFragment();
    shown.forEach(function (d) { fresh.appendChild(row(d)); });
    body.textContent = '';
    body.appendChild(fresh);
    if (focused && $(focused) && body.contains($(focused))) { $(focused).focus(); }
    $('shown-count').textContent = shown.length;
    $('total-count').textContent = rows.length;
    $('no-rows').hidden = shown.length > 0 || rows.length === 0;
    shortlist();
  }

  function row(d) {
    var tr = el('tr', 'candidate ' + (d.status === 'failed' ? 'failed' : 'scored'));
    tr.setAttribute('data-key', d.key);
    var pick = el('td');
    var box = el('input');
    box.type = 'checkbox';
    box.id = 'select-' + d.id;
    box.checked = selected.indexOf(d.id) >= 0;
    box.setAttribute('aria-label', 'Select ' + d.file);
    box.addEventListener('change', function () { toggle(d.id, box.checked); });
    pick.appendChild(box);
    tr.appendChild(pick);
    tr.appendChild(el('td', 'num', d.rank));
    var name = el('th');
    name.scope = 'row';
    var a = el('a', null, d.file);
    a.href = path + '/candidates/' + d.id;
    name.appendChild(a);
    tr.appendChild(name);
    tr.appendChild(el('td', null, d.status));
    var score = el('td', 'num', d.score === null ? '–' : d.score);
    if (d.coverage) { score.appendChild(document.createTextNode(' ')); score.appendChild(el('span', 'badge low-coverage', d.coverage)); }
    tr.appendChild(score);
    var grade = el('td');
    var g = d.status === 'failed' ? 'failed' : (d.grade || 'none');
    grade.appendChild(el('span', 'badge grade-' + (GRADES[g] ? g : 'failed'), g));
    tr.appendChild(grade);
    tr.appendChild(el('td', 'num', d.jobMatch === null ? '–' : d.jobMatch + '%'));
    var findings = el('td');
    (d.reason ? [d.reason] : d.findings).forEach(function (rule, i) {
      if (i) { findings.appendChild(document.createTextNode(' ')); }
      findings.appendChild(el('code', 'rule', rule));
    });
    tr.appendChild(findings);
    return tr;
  }

  function failures() {
    var failed = rows.filter(function (d) { return d.status === 'failed'; });
    $('failures-section').hidden = failed.length === 0;
    $('failure-count').textContent = failed.length;
    var list = $('failures');
    list.textContent = '';
    failed.forEach(function (d) {
      var li = el('li', 'failure');
      li.appendChild(el('strong', null, d.file));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('code', 'rule', d.reason || 'UNKNOWN'));
      if (d.message) { li.appendChild(el('p', null, d.message)); }
      if (d.advice && d.advice !== d.message) {
        var p = el('p');
        p.appendChild(el('strong', null, 'What to do: '));
        p.appendChild(document.createTextNode(d.advice));
        li.appendChild(p);
      }
      if (d.category) {
        var next = el('p', 'category');
        next.appendChild(el('strong', null, 'Category: '));
        next.appendChild(el('code', 'rule', d.category));
        next.appendChild(document.createTextNode(' ' + (d.nextStep || '')));
        li.appendChild(next);
      }
      list.appendChild(li);
    });
  }

  function toggle(id, on) {
    selected = selected.filter(function (x) { return x !== id; });
    if (on) { selected.push(id); }
    shortlist();
  }

  function link(a, href) {
    if (href) { a.href = href; a.removeAttribute('aria-disabled'); } else { a.removeAttribute('href'); a.setAttribute('aria-disabled', 'true'); }
  }

  function shortlist() {
    var known = {};
    rows.forEach(function (d) { known[d.id] = 1; });
    var ids = selected.filter(function (id) { return known[id]; });
    sessionStorage.setItem(selectedKey, JSON.stringify(selected));
    $('selected-count').textContent = ids.length;
    var q = ids.join(',');
    link($('export-csv'), ids.length ? path + '/shortlist.csv?ids=' + q : null);
    link($('export-json'), ids.length ? path + '/shortlist.json?ids=' + q : null);
    link($('compare-link'), ids.length === 2 ? path + '/compare?a=' + ids[0] + '&b=' + ids[1] : null);
  }

  document.querySelectorAll('th button[data-sort]').forEach(function (b) {
    b.addEventListener('click', function () {
      var key = b.getAttribute('data-sort');
      sort = sort.key === key ? { key: key, dir: -sort.dir } : { key: key, dir: DEFAULT_DIRECTION[key] || 1 };
      document.querySelectorAll('th[aria-sort]').forEach(function (th) { th.removeAttribute('aria-sort'); });
      b.parentNode.setAttribute('aria-sort', sort.dir > 0 ? 'ascending' : 'descending');
      render();
    });
  });
  ['filter-grade', 'filter-status', 'filter-min-score', 'filter-min-match', 'filter-text'].forEach(function (id) {
    $(id).addEventListener('input', render);
    $(id).addEventListener('change', render);
  });
  $('filters').addEventListener('submit', function (e) { e.preventDefault(); });
  $('select-above-button').addEventListener('click', function () {
    var min = Number($('select-above').value || 0);
    rows.forEach(function (d) {
      if (d.score !== null && d.score >= min && selected.indexOf(d.id) < 0) { selected.push(d.id); }
    });
    render();
  });
  $('select-none').addEventListener('click', function () { selected = []; render(); });
  poll();
}());
