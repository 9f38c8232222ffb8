// Draws every [data-plotly] element from the figure JSON it carries, on page load and whenever
// htmx brings in new content, so pages and fragments only emit figure JSON, never script:
//
//   <div data-plotly="{&quot;data&quot;: [...], &quot;layout&quot;: {...}}"></div>
//
// The JSON sits in the attribute (HTML-encoded by Razor) rather than in a <script> block beside
// it, because htmx drops script elements from swapped content when allowScriptTags is off.
// Plots that htmx removes are purged.
(function () {
  'use strict';

  var config = {
    responsive: true,
    displaylogo: false,
    // The world map reads its topology from the host, never from a CDN.
    topojsonURL: document.baseURI.replace(/[^/]*$/, '') + 'lib/topojson/'
  };

  // plotly's camera button saves a PNG; this one saves the same picture as SVG.
  function svgButton() {
    return {
      name: 'Download plot as SVG',
      title: 'Download plot as SVG',
      icon: window.Plotly.Icons.disk,
      click: function (plot) {
        window.Plotly.downloadImage(plot, { format: 'svg', filename: plot.getAttribute('data-chart-name') || 'chart' });
      }
    };
  }

  function draw(element) {
    if (element.hasAttribute('data-plotly-drawn')) {
      return;
    }
    var figure = JSON.parse(element.getAttribute('data-plotly'));
    element.setAttribute('data-plotly-drawn', '');
    var options = Object.assign({}, config, figure.config || {});
    options.modeBarButtonsToAdd = (options.modeBarButtonsToAdd || []).concat([svgButton()]);
    window.Plotly.newPlot(element, figure.data || [], figure.layout || {}, options);
  }

  function drawWithin(root) {
    var elements = root.matches && root.matches('[data-plotly]') ? [root] : [];
    elements.push.apply(elements, root.querySelectorAll ? root.querySelectorAll('[data-plotly]') : []);
    elements.forEach(draw);
  }

  function purgeWithin(root) {
    if (!window.Plotly || !root.querySelectorAll) {
      return;
    }
    root.querySelectorAll('[data-plotly-drawn]').forEach(function (element) {
      window.Plotly.purge(element);
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    drawWithin(document);
  });
  // htmx fires htmx:load for every element it adds to the page.
  document.addEventListener('htmx:load', function (event) {
    drawWithin(event.target);
  });
  document.addEventListener('htmx:beforeCleanupElement', function (event) {
    purgeWithin(event.target);
  });
})();
