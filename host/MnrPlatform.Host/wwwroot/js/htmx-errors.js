// When an htmx request fails (the server answers with an error, or cannot be reached), says so
// above the part of the page that was to be replaced, instead of leaving it silently unchanged.
// The message names what happened and what to do; it goes when the next request succeeds.
(function () {
  'use strict';

  function targetOf(event) {
    return (event.detail && event.detail.target) || event.target;
  }

  function show(event, text) {
    var target = targetOf(event);
    if (!target || !target.parentNode) {
      return;
    }
    var alert = target.previousElementSibling;
    if (!alert || !alert.hasAttribute('data-htmx-error')) {
      alert = document.createElement('div');
      alert.setAttribute('data-htmx-error', '');
      alert.setAttribute('role', 'alert');
      alert.className = 'alert alert-danger';
      target.parentNode.insertBefore(alert, target);
    }
    alert.textContent = text;
  }

  function clear(event) {
    var target = targetOf(event);
    var alert = target && target.previousElementSibling;
    if (alert && alert.hasAttribute('data-htmx-error')) {
      alert.remove();
    }
  }

  document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    show(event, 'This part of the page could not be updated: the server answered ' + status +
      '. Try again, or reload the page; if it keeps happening, tell the secretariat.');
  });
  document.addEventListener('htmx:sendError', function (event) {
    show(event, 'This part of the page could not be updated: the server could not be reached. ' +
      'Check your connection and try again.');
  });
  document.addEventListener('htmx:afterSwap', clear);
})();
