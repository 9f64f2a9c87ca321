// Filters of the task table by status, lead unit and text, kept in the URL fragment
// (report.html#status=NOT_MET&unit=…&q=…) so that a filtered view can be bookmarked or sent.
// Without script the page shows every task and hides the filter controls.
(function () {
  var table = document.getElementById('task-table');
  var form = document.getElementById('filters');
  if (!table || !form) { return; }
  var rows = table.tBodies[0].rows;
  var status = document.getElementById('f-status');
  var unit = document.getElementById('f-unit');
  var query = document.getElementById('f-q');
  var count = document.getElementById('f-count');
  form.hidden = false;

  function params() {
    var out = {};
    location.hash.replace(/^#/, '').split('&').forEach(function (part) {
      var at = part.indexOf('=');
      if (at > 0) {
        try { out[part.slice(0, at)] = decodeURIComponent(part.slice(at + 1).replace(/\+/g, ' ')); } catch (e) { /* ignore */ }
      }
    });
    return out;
  }

  function has(select, value) {
    for (var i = 0; i < select.options.length; i++) { if (select.options[i].value === value) { return true; } }
    return false;
  }

  // The choice goes into the markup too (defaultSelected is the selected attribute), so that a
  // saved or printed page, and the DOM a test reads, say which filter is on.
  function choose(select, value) {
    var chosen = has(select, value) ? value : '';
    for (var i = 0; i < select.options.length; i++) {
      select.options[i].defaultSelected = select.options[i].value === chosen;
    }
    select.value = chosen;
  }

  function apply(updateHash) {
    var s = status.value, u = unit.value, q = query.value.trim().toLowerCase(), shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      var ok = (!s || row.getAttribute('data-status') === s) && (!u || row.getAttribute('data-unit') === u)
          && (!q || row.textContent.toLowerCase().indexOf(q) >= 0);
      row.hidden = !ok;
      if (ok) { shown++; }
    }
    count.textContent = shown + ' / ' + rows.length;
    document.documentElement.setAttribute('data-shown', String(shown));
    if (updateHash) {
      var parts = [];
      if (s) { parts.push('status=' + encodeURIComponent(s)); }
      if (u) { parts.push('unit=' + encodeURIComponent(u)); }
      if (q) { parts.push('q=' + encodeURIComponent(query.value.trim())); }
      history.replaceState(null, '', parts.length ? '#' + parts.join('&') : location.pathname + location.search);
    }
  }

  function fromHash() {
    var p = params();
    choose(status, p.status || '');
    choose(unit, p.unit || '');
    query.value = p.q || '';
    apply(false);
  }

  status.addEventListener('change', function () { apply(true); });
  unit.addEventListener('change', function () { apply(true); });
  query.addEventListener('input', function () { apply(true); });
  window.addEventListener('hashchange', fromHash);
  fromHash();
  document.documentElement.setAttribute('data-ready', String(Math.round(performance.now())));
})();
