// Draws every element carrying a plotly figure (data-plotly-figure="{data, layout, config}"),
// on page load and in fragments htmx swaps in. The figure JSON is built on the server from the
// plugins' chart specs; each chart has a data table beside it, so the page reads without this.
(function () {
  'use strict';

  function draw(root) {
    if (typeof Plotly === 'undefined') {
      return;
    }
    root.querySelectorAll('[data-plotly-figure]').forEach(function (element) {
      if (element.dataset.plotted === 'true') {
        return;
      }
      var figure = JSON.parse(element.getAttribute('data-plotly-figure'));
      element.dataset.plotted = 'true';
      element.classList.add('is-plotted');
      Plotly.newPlot(element, figure.data, figure.layout || {}, figure.config || {});
    });
  }

  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSwap', function (event) { draw(event.target); });
})();
