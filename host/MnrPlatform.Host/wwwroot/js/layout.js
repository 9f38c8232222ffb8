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
