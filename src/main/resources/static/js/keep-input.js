// Every form keeps what was typed when it is refused (issue 19, ADR 0032): on submit, the form's
// visible fields are kept in this tab's session storage; when the page comes back with an error
// alert, they are put back. Hidden fields (tokens, versions), passwords and files are never kept.
(function () {
  var PREFIX = 'kept-input:';
  function keyOf(form) {
    return PREFIX + location.pathname + '|' + (form.id || form.getAttribute('action') || '');
  }
  function keepable(field) {
    var type = (field.type || '').toLowerCase();
    return field.name && type !== 'hidden' && type !== 'password' && type !== 'file'
      && type !== 'submit' && type !== 'button';
  }
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if ((form.method || '').toLowerCase() !== 'post') { return; }
    var values = [];
    Array.prototype.forEach.call(form.elements, function (f) {
      if (!keepable(f)) { return; }
      if (f.type === 'checkbox' || f.type === 'radio') {
        values.push([f.name, f.value, f.checked]);
      } else if (f.tagName === 'SELECT' && f.multiple) {
        values.push([f.name, Array.prototype.filter.call(f.options, function (o) { return o.selected; })
          .map(function (o) { return o.value; }), null]);
      } else {
        values.push([f.name, f.value, null]);
      }
    });
    try { sessionStorage.setItem(keyOf(form), JSON.stringify(values)); } catch (ignored) { /* storage full or off */ }
  }, true);

  var refused = document.querySelector('.alert-danger[role="alert"]');
  Array.prototype.forEach.call(document.forms, function (form) {
    var key = keyOf(form);
    var saved = sessionStorage.getItem(key);
    if (!saved) { return; }
    sessionStorage.removeItem(key);
    if (!refused) { return; }
    var values = JSON.parse(saved);
    var seen = {};
    values.forEach(function (v) {
      var fields = Array.prototype.filter.call(form.elements, function (f) { return f.name === v[0] && keepable(f); });
      var i = seen[v[0]] || 0;
      if (v[2] !== null) {
        fields.forEach(function (f) { if (f.value === v[1]) { f.checked = v[2]; } });
        return;
      }
      var f = fields[i];
      seen[v[0]] = i + 1;
      if (!f) { return; }
      if (Array.isArray(v[1])) {
        Array.prototype.forEach.call(f.options, function (o) { o.selected = v[1].indexOf(o.value) >= 0; });
      } else {
        f.value = v[1];
      }
    });
  });
})();
