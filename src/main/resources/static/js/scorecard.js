// The scorecard editor: add, remove and reorder criterion rows without losing what is typed.
(function () {
  var body = document.getElementById('card-rows');
  var add = document.getElementById('card-add');
  if (!body || !add) { return; }

  function blankCopy(row) {
    var copy = row.cloneNode(true);
    copy.querySelectorAll('input, textarea').forEach(function (f) { f.value = ''; });
    copy.querySelectorAll('select').forEach(function (s) { s.selectedIndex = 0; });
    return copy;
  }

  add.addEventListener('click', function () {
    var rows = body.querySelectorAll('tr.card-row');
    var copy = blankCopy(rows[rows.length - 1]);
    body.appendChild(copy);
    copy.querySelector('input').focus();
  });

  body.addEventListener('click', function (e) {
    var button = e.target.closest('button');
    if (!button) { return; }
    var row = button.closest('tr.card-row');
    if (button.classList.contains('row-up') && row.previousElementSibling) {
      body.insertBefore(row, row.previousElementSibling);
      button.focus();
    } else if (button.classList.contains('row-down') && row.nextElementSibling) {
      body.insertBefore(row.nextElementSibling, row);
      button.focus();
    } else if (button.classList.contains('row-remove')) {
      if (body.querySelectorAll('tr.card-row').length > 1) {
        var next = row.nextElementSibling || row.previousElementSibling;
        row.remove();
        next.querySelector('input').focus();
      } else {
        var empty = blankCopy(row);
        body.replaceChild(empty, row);
      }
    }
  });
})();
