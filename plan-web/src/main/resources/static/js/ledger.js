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
