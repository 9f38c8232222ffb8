// The phone menu (a checkbox, see MainLayout) closes once a link in it has been followed:
// Blazor's enhanced navigation patches the page in place and keeps the box checked.
// mnrEnhancedLoads counts the pages patched in, for browser tests to wait on.
window.Blazor?.addEventListener('enhancedload', () => {
  window.mnrEnhancedLoads = (window.mnrEnhancedLoads || 0) + 1;
  const toggle = document.getElementById('nav-toggle');
  if (toggle) {
    toggle.checked = false;
  }
});

// A GET form marked data-submit-on-change submits when a choice changes (its button stays for use
// without JavaScript); enhanced navigation patches the result in.
document.addEventListener('change', (event) => {
  const form = event.target.form;
  if (form && form.hasAttribute('data-submit-on-change')) {
    form.requestSubmit();
  }
});

// A link into an interactive area (the nav's data-interactive-paths, from NavigationArea) is
// followed as a full page load: enhanced navigation into an interactive page drops the state its
// prerender carried to the circuit (dotnet/aspnetcore#63895), and the page would read its data twice.
// Runs in the capture phase, before Blazor's own click handling looks at the link.
document.addEventListener('click', (event) => {
  const link = event.target.closest && event.target.closest('a[href]');
  const nav = document.querySelector('[data-interactive-paths]');
  if (!link || !nav || link.hasAttribute('data-enhance-nav')) {
    return;
  }
  const url = new URL(link.href, document.baseURI);
  const first = url.pathname.split('/')[1];
  if (url.origin === location.origin && nav.getAttribute('data-interactive-paths').split(' ').includes(first)) {
    link.setAttribute('data-enhance-nav', 'false');
  }
}, true);
