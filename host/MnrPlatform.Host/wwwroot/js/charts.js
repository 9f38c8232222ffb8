// Draws every plotly figure of the platform, in static and interactive pages alike. Pages emit
// figure JSON only, never script:
//
//   <mnr-plot data-plotly="{&quot;data&quot;: [...], &quot;layout&quot;: {...}}" data-chart-name="..."></mnr-plot>
//
// <mnr-plot> is a custom element: it draws when it enters the page, redraws when an interactive
// page re-renders it with other data (the attribute changes), and purges the plot when it leaves.
// Blazor's enhanced navigation patches the DOM of static pages in place and may drop the plot's
// own children; after each enhanced load every figure that lost its plot is drawn again.

const config = {
  responsive: true,
  displaylogo: false,
  showSendToCloud: false,
  // The world map reads its topology from the host, never from a CDN.
  topojsonURL: document.baseURI.replace(/[^/]*$/, '') + 'lib/topojson/'
};

// plotly's camera button saves a PNG; this one saves the same picture as SVG.
function svgButton() {
  return {
    name: 'Download plot as SVG',
    title: 'Download plot as SVG',
    icon: window.Plotly.Icons.disk,
    click: (plot) => window.Plotly.downloadImage(plot, { format: 'svg', filename: plot.getAttribute('data-chart-name') || 'chart' })
  };
}

function isDrawn(element) {
  return element.hasAttribute('data-plotly-drawn') && element.querySelector('.main-svg') !== null
    && element.getAttribute('data-plotly-drawn') === element.getAttribute('data-plotly');
}

function draw(element) {
  const json = element.getAttribute('data-plotly');
  if (!json || !window.Plotly || isDrawn(element)) {
    return;
  }
  const figure = JSON.parse(json);
  const options = Object.assign({}, config, figure.config || {});
  options.modeBarButtonsToAdd = (options.modeBarButtonsToAdd || []).concat([svgButton()]);
  element.setAttribute('data-plotly-drawn', json);
  window.Plotly.react(element, figure.data || [], figure.layout || {}, options);
}

function purge(element) {
  if (window.Plotly && element.hasAttribute('data-plotly-drawn')) {
    window.Plotly.purge(element);
    element.removeAttribute('data-plotly-drawn');
  }
}

function drawWithin(root) {
  const elements = root.matches && root.matches('[data-plotly]') ? [root] : [];
  elements.push(...(root.querySelectorAll ? root.querySelectorAll('[data-plotly]') : []));
  elements.forEach(draw);
}

class PlotElement extends HTMLElement {
  static get observedAttributes() {
    return ['data-plotly'];
  }

  connectedCallback() {
    draw(this);
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      draw(this);
    }
  }

  disconnectedCallback() {
    purge(this);
  }
}

if (!customElements.get('mnr-plot')) {
  customElements.define('mnr-plot', PlotElement);
}

drawWithin(document);
window.Blazor?.addEventListener('enhancedload', () => drawWithin(document));
