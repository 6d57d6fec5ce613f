// Forms marked data-confirm ask before they submit (e.g. deleting a task).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var question = form.getAttribute('data-confirm');
  if (question && !window.confirm(question)) {
    event.preventDefault();
  }
});

// Buttons marked data-print print the page (the print stylesheet leaves only the document).
document.addEventListener('click', function (event) {
  if (event.target.closest('[data-print]')) {
    window.print();
  }
});

// Tables marked table-cards become one card per row on a phone (ledger.css). Each cell is labelled
// (data-heading) with its column's heading from the table's head, so labels are the headings' messages and
// a table is marked once instead of every cell. A column headed cards-headline (the task's text) opens the
// card unlabelled; an empty heading (an action) and a cell over several columns (a sum) go unlabelled, and an
// empty cell is left out of the card (cards-empty).
function labelCardCells(root) {
  var tables = root.matches && root.matches('table.table-cards') ? [root] : root.querySelectorAll('table.table-cards');
  Array.prototype.forEach.call(tables, function (table) {
    var headings = [];
    var head = table.tHead && table.tHead.rows[0];
    Array.prototype.forEach.call(head ? head.cells : [], function (th) {
      for (var i = 0; i < th.colSpan; i++) {
        headings.push(th);
      }
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          var th = cell.colSpan === 1 ? headings[column] : null;
          column += cell.colSpan;
          if (!cell.textContent.trim() && !cell.querySelector('input, button, select, textarea, img, svg')) {
            cell.classList.add('cards-empty');
          }
          else if (th && th.classList.contains('cards-headline')) {
            cell.classList.add('cards-headline');
          }
          else if (th && th.textContent.trim()) {
            cell.setAttribute('data-heading', th.textContent.trim());
            // a heading longer than the label column (a target's wording) stands above its value
            cell.classList.toggle('cards-heading-above', th.textContent.trim().length > 6);
          }
        });
      });
    });
  });
}
if (window.htmx) {
  htmx.onLoad(labelCardCells);
}
else {
  document.addEventListener('DOMContentLoaded', function () { labelCardCells(document); });
}

// A form's one-time token stays with its place in the browser's history. Back to a form
// already sent, the browser loads the page again (a new token) and puts the typed values
// back; the first token goes back too, so that sending the form again is carried out once
// and lands where the first sending went (support.DoubleSubmitGuard).
(function () {
  var state = (history.state && typeof history.state === 'object') ? history.state : {};
  var kept = state.formTokens || {};
  var changed = false;
  document.querySelectorAll('form').forEach(function (form, index) {
    var field = form.querySelector('input[name="_formToken"]');
    if (!field) {
      return;
    }
    var key = index + ' ' + form.getAttribute('action');
    if (kept[key]) {
      field.value = kept[key];
    } else {
      kept[key] = field.value;
      changed = true;
    }
  });
  if (changed) {
    history.replaceState(Object.assign({}, state, { formTokens: kept }), '');
  }
})();
