// CSRF token for htmx requests, and the idle-session warning with its live countdown.
(function () {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  document.body.addEventListener('htmx:configRequest', function (e) {
    if (token && header) { e.detail.headers[header.content] = token.content; }
  });

  var idleAfter = parseInt(document.body.dataset.idleAfter || '0', 10);
  var countdown = parseInt(document.body.dataset.idleCountdown || '60', 10);
  var box = document.getElementById('idle-warning');
  if (!idleAfter || !box) { return; }
  var secondsEl = document.getElementById('idle-seconds');
  var keep = document.getElementById('idle-keep');
  var idleTimer, tickTimer, left, lastPing = Date.now();

  function keepAlive() {
    lastPing = Date.now();
    var headers = {};
    if (token && header) { headers[header.content] = token.content; }
    return fetch(document.body.dataset.keepAliveUrl || '/session/keep-alive',
      { method: 'POST', headers: headers, credentials: 'same-origin', redirect: 'manual' });
  }
  function signOut() {
    clearInterval(tickTimer);
    var form = document.getElementById('logout-form');
    if (form) { form.submit(); }
  }
  function warn() {
    left = countdown;
    secondsEl.textContent = left;
    box.hidden = false;
    keep.focus();
    tickTimer = setInterval(function () {
      left -= 1;
      secondsEl.textContent = Math.max(left, 0);
      if (left <= 0) { signOut(); }
    }, 1000);
  }
  function restart() {
    clearTimeout(idleTimer);
    idleTimer = setTimeout(warn, idleAfter * 1000);
  }
  keep.addEventListener('click', function (e) {
    e.preventDefault();
    clearInterval(tickTimer);
    box.hidden = true;
    keepAlive();
    restart();
  });
  ['keydown', 'mousedown', 'touchstart', 'htmx:afterRequest'].forEach(function (type) {
    document.addEventListener(type, function () {
      if (!box.hidden) { return; }
      restart();
      if (Date.now() - lastPing > 60000) { keepAlive(); }
    });
  });
  restart();
})();

// The header's grouped menus: one open at a time; a click elsewhere or Escape closes them.
(function () {
  var groups = document.querySelectorAll('.app-header .nav-group');
  if (!groups.length) { return; }
  function closeAll(except) {
    groups.forEach(function (g) { if (g !== except) { g.open = false; } });
  }
  groups.forEach(function (g) {
    g.addEventListener('toggle', function () { if (g.open) { closeAll(g); } });
  });
  document.addEventListener('click', function (e) {
    if (!e.target.closest('.app-header .nav-group')) { closeAll(null); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') {
      var open = document.querySelector('.app-header .nav-group[open]');
      if (open) { open.open = false; open.querySelector('summary').focus(); }
    }
  });
})();

// A "print" button (no javascript: links or onclick= attributes: the Content-Security-Policy runs none).
document.addEventListener('click', function (e) {
  var button = e.target.closest ? e.target.closest('[data-print]') : null;
  if (button) { e.preventDefault(); window.print(); }
});
