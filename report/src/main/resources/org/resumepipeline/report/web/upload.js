// The start page: collects files (picker, folder picker, drag and drop of files and folders), creates the batch
// and uploads each file on its own request so each has its own progress bar and its own refusals. A 503 (the
// server's uploads are all busy, or Kafka does not answer) is asked again after its Retry-After, up to MAX_TRIES.
(function () {
  'use strict';
  var form = document.getElementById('upload-form');
  if (!form) { return; }
  var BATCH_NAME = /^[A-Za-z0-9._-]{1,64}$/;
  var PARALLEL = 2;
  var MAX_TRIES = 8;
  var csrfMeta = document.querySelector('meta[name="rp-csrf"]');
  var csrf = csrfMeta ? csrfMeta.getAttribute('content') : null;
  var nameInput = document.getElementById('batch-name');
  var blindBox = document.getElementById('blind');
  var nameError = document.getElementById('batch-name-error');
  var job = document.getElementById('job-description');
  var list = document.getElementById('file-list');
  var count = document.getElementById('file-count');
  var status = document.getElementById('upload-status');
  var button = document.getElementById('upload');
  var batchLink = document.getElementById('batch-link');
  var batchLinkA = document.getElementById('batch-link-a');
  var entries = [];
  var next = 0;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function size(bytes) {
    if (bytes < 1024) { return bytes + ' B'; }
    if (bytes < 1024 * 1024) { return Math.round(bytes / 1024) + ' KB'; }
    return (bytes / 1024 / 1024).toFixed(1) + ' MB';
  }

  function add(file, shownName) {
    var n = ++next;
    var item = el('li', 'file');
    var name = shownName || file.webkitRelativePath || file.name;
    item.appendChild(el('span', 'file-name', name));
    item.appendChild(el('span', 'file-size muted', size(file.size)));
    var label = el('label', 'vh', 'Upload of ' + name);
    var bar = el('progress');
    bar.id = 'file-progress-' + n;
    label.htmlFor = bar.id;
    bar.max = 100;
    bar.value = 0;
    item.appendChild(label);
    item.appendChild(bar);
    var state = el('span', 'file-state', 'ready');
    item.appendChild(state);
    var remove = el('button', 'small', 'Remove');
    remove.type = 'button';
    remove.setAttribute('aria-label', 'Remove ' + name);
    var entry = { file: file, item: item, bar: bar, state: state, done: false };
    remove.addEventListener('click', function () {
      entries = entries.filter(function (e) { return e !== entry; });
      list.removeChild(item);
      count.textContent = String(entries.length);
    });
    item.appendChild(remove);
    entry.remove = remove;
    entries.push(entry);
    list.appendChild(item);
    count.textContent = String(entries.length);
  }

  function addAll(files) {
    for (var i = 0; i < files.length; i++) { add(files[i]); }
  }

  document.getElementById('resumes').addEventListener('change', function (e) { addAll(e.target.files); e.target.value = ''; });
  document.getElementById('resume-folder').addEventListener('change', function (e) { addAll(e.target.files); e.target.value = ''; });
  document.getElementById('clear-files').addEventListener('click', function () {
    entries = [];
    list.textContent = '';
    count.textContent = '0';
  });
  document.getElementById('job-file').addEventListener('change', function (e) {
    var f = e.target.files[0];
    if (f) { f.text().then(function (t) { job.value = t; }); }
  });

  // drag and drop anywhere on the page: files, and folders walked recursively
  var zone = document.getElementById('drop-zone');
  document.addEventListener('dragover', function (e) { e.preventDefault(); zone.classList.add('over'); });
  document.addEventListener('dragleave', function (e) { if (!e.relatedTarget) { zone.classList.remove('over'); } });
  document.addEventListener('drop', function (e) {
    e.preventDefault();
    zone.classList.remove('over');
    var items = e.dataTransfer.items;
    if (!items) { addAll(e.dataTransfer.files); return; }
    for (var i = 0; i < items.length; i++) {
      var entry = items[i].webkitGetAsEntry ? items[i].webkitGetAsEntry() : null;
      if (entry) { walk(entry); } else if (items[i].kind === 'file') { add(items[i].getAsFile()); }
    }
  });

  function walk(entry) {
    if (entry.isFile) {
      entry.file(function (file) { add(file, entry.fullPath.replace(/^\//, '')); });
    } else if (entry.isDirectory) {
      var reader = entry.createReader();
      var read = function () {
        reader.readEntries(function (children) {
          if (children.length === 0) { return; }
          children.forEach(walk);
          read();
        });
      };
      read();
    }
  }

  function headers(json) {
    var h = { 'Accept': 'application/json' };
    if (json) { h['Content-Type'] = 'application/json'; }
    if (csrf) { h['X-CSRF-Token'] = csrf; }
    return h;
  }

  function say(text) { status.textContent = text; }

  // seconds to wait after a 503: its Retry-After in seconds (a date or nothing: 2), within 1..30
  function retryAfter(header) {
    var s = parseInt(header, 10);
    if (isNaN(s)) { s = 2; }
    return Math.min(30, Math.max(1, s));
  }

  function later(seconds) {
    return new Promise(function (resolve) { setTimeout(resolve, seconds * 1000); });
  }

  function busy(seconds, nextTry) {
    return 'server busy, retrying in ' + seconds + ' s (try ' + nextTry + ' of ' + MAX_TRIES + ')';
  }

  function upload(batch, entry) {
    function attempt(n) {
      return send(batch, entry).then(function (a) {
        if (a.code === 503 && n < MAX_TRIES) {
          var s = retryAfter(a.retryAfter);
          entry.state.textContent = busy(s, n + 1);
          entry.bar.value = 0;
          return later(s).then(function () { return attempt(n + 1); });
        }
        return outcome(entry, a.code, a.code === 503 ? asError(a.text) : a.text);
      });
    }
    return attempt(1);
  }

  // a 503 of the server's own (too many uploads) is plain text: shown as the server's message
  function asError(text) {
    try { JSON.parse(text); return text; } catch (ignored) { return JSON.stringify({ error: (text || '').trim() }); }
  }

  function send(batch, entry) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/batches/' + encodeURIComponent(batch) + '/documents');
      var h = headers(false);
      Object.keys(h).forEach(function (k) { xhr.setRequestHeader(k, h[k]); });
      entry.state.textContent = 'uploading';
      entry.item.className = 'file uploading';
      xhr.upload.addEventListener('progress', function (e) {
        if (e.lengthComputable) { entry.bar.value = Math.round(100 * e.loaded / e.total); }
      });
      xhr.addEventListener('load', function () {
        resolve({ code: xhr.status, text: xhr.responseText, retryAfter: xhr.getResponseHeader('Retry-After') });
      });
      xhr.addEventListener('error', function () { resolve({ code: 0, text: '', retryAfter: null }); });
      var body = new FormData();
      body.append('file', entry.file, entry.file.name);
      xhr.send(body);
    });
  }

  function outcome(entry, code, text) {
    var r = {};
    try { r = JSON.parse(text); } catch (ignored) { r = {}; }
    entry.bar.value = 100;
    entry.done = true;
    entry.remove.hidden = true;
    var result = { accepted: [], duplicates: 0, refused: [] };
    if ((code === 202 || code === 415) && r.accepted) {
      result.accepted = r.accepted;
      result.duplicates = r.duplicates || 0;
      result.refused = r.refused || [];
      var parts = [];
      if (r.accepted.length) { parts.push(r.accepted.length === 1 ? 'accepted' : 'accepted (' + r.accepted.length + ' documents)'); }
      if (result.duplicates) { parts.push(result.duplicates === 1 ? 'already in this batch' : result.duplicates + ' already in this batch'); }
      entry.state.textContent = parts.join(', ');
      entry.item.className = 'file ' + (result.refused.length ? 'refused' : 'accepted');
      if (result.refused.length) {
        var ul = el('ul', 'refusals');
        result.refused.forEach(function (f) {
          var li = el('li');
          li.appendChild(el('strong', null, 'Refused: '));
          li.appendChild(el('code', 'rule', f.reason));
          li.appendChild(document.createTextNode(' ' + (f.file && f.file !== entry.file.name ? f.file + ': ' : '') + f.message));
          ul.appendChild(li);
        });
        entry.item.appendChild(ul);
        if (!parts.length) { entry.state.textContent = 'refused'; }
      }
    } else {
      entry.item.className = 'file refused';
      entry.state.textContent = 'refused';
      var p = el('p', 'refusals');
      p.appendChild(el('strong', null, code === 401 ? 'Log in first: ' : 'Not uploaded: '));
      p.appendChild(document.createTextNode(r.error || (code === 0 ? 'the server could not be reached' : 'HTTP ' + code)));
      entry.item.appendChild(p);
      result.refused.push({ file: entry.file.name, reason: 'HTTP_' + code, message: r.error || '' });
    }
    return result;
  }

  function remember(batch, keys) {
    var name = 'rp-received:' + batch;
    var known = [];
    try { known = JSON.parse(sessionStorage.getItem(name) || '[]'); } catch (ignored) { known = []; }
    keys.forEach(function (k) { if (known.indexOf(k) < 0) { known.push(k); } });
    sessionStorage.setItem(name, JSON.stringify(known));
  }

  function batchSettings() {
    var settings = {};
    if (job.value.trim()) { settings.jobDescription = job.value; }
    if (blindBox && blindBox.checked) { settings.blind = true; }
    return settings;
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var batch = nameInput.value.trim();
    if (!BATCH_NAME.test(batch)) {
      nameError.textContent = 'Give the batch a name of letters, digits, dot, underscore or hyphen (at most 64).';
      nameError.hidden = false;
      nameInput.setAttribute('aria-invalid', 'true');
      nameInput.focus();
      return;
    }
    nameError.hidden = true;
    nameInput.removeAttribute('aria-invalid');
    var todo = entries.filter(function (x) { return !x.done; });
    if (!todo.length) { say('Add at least one resume first.'); return; }
    button.disabled = true;
    say('Creating batch ' + batch + '…');
    var settings = JSON.stringify(batchSettings());
    function createBatch(n) {
      return fetch('/batches/' + encodeURIComponent(batch), {
        method: 'PUT', headers: headers(true), credentials: 'same-origin', body: settings
      }).then(function (res) {
        if (res.status !== 503 || n >= MAX_TRIES) { return res; }
        var s = retryAfter(res.headers.get('Retry-After'));
        say('Creating batch ' + batch + ': ' + busy(s, n + 1) + '…');
        return later(s).then(function () { return createBatch(n + 1); });
      });
    }
    createBatch(1).then(function (res) {
      if (!res.ok) {
        return res.json().catch(function () { return {}; }).then(function (r) {
          throw new Error((res.status === 401 ? 'Log in first: ' : '') + (r.error || 'HTTP ' + res.status));
        });
      }
      say('Uploading ' + todo.length + (todo.length === 1 ? ' file…' : ' files…'));
      var totals = { accepted: 0, duplicates: 0, refused: 0, keys: [] };
      var queue = todo.slice();
      function worker() {
        var entry = queue.shift();
        if (!entry) { return Promise.resolve(); }
        return upload(batch, entry).then(function (r) {
          totals.accepted += r.accepted.length;
          totals.duplicates += r.duplicates;
          totals.refused += r.refused.length;
          r.accepted.forEach(function (a) { totals.keys.push(a.key); });
          return worker();
        });
      }
      var workers = [];
      for (var i = 0; i < PARALLEL; i++) { workers.push(worker()); }
      return Promise.all(workers).then(function () { return totals; });
    }).then(function (totals) {
      remember(batch, totals.keys);
      say('Upload finished: ' + totals.accepted + ' accepted, ' + totals.duplicates + ' already in the batch, '
        + totals.refused + ' refused.');
      batchLinkA.href = '/batches/' + encodeURIComponent(batch);
      batchLinkA.textContent = 'Watch batch ' + batch;
      batchLink.hidden = false;
      batchLinkA.focus();
    }).catch(function (err) {
      say('Nothing was uploaded. ' + err.message);
    }).then(function () { button.disabled = false; });
  });
}());
