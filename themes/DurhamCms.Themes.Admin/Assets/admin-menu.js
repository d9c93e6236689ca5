// The admin's menu button on narrow screens. Without this script the button stays hidden and the
// navigation shows in full above the page, so nothing is lost; with it, the navigation folds
// behind a real <button> (Enter and Space work as for any button; Escape closes the menu and
// gives the button its focus back). Served by AdminMenuScriptController, as a file the CSP
// allows ('self'): no inline script or handler.
(function () {
  'use strict';

  const button = document.querySelector('[data-admin-menu-button]');
  const nav = button && document.getElementById(button.getAttribute('aria-controls'));
  if (!button || !nav) return;

  function setOpen(open) {
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    nav.classList.toggle('is-open', open);
  }

  document.body.classList.add('has-menu-button');
  button.hidden = false;
  setOpen(false);

  button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
      setOpen(false);
      button.focus();
    }
  });
})();
