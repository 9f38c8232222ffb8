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
