// The phone menu (a checkbox, see MainLayout) closes once a link in it has been followed:
// Blazor's enhanced navigation patches the page in place and keeps the box checked.
window.Blazor?.addEventListener('enhancedload', () => {
  const toggle = document.getElementById('nav-toggle');
  if (toggle) {
    toggle.checked = false;
  }
});
