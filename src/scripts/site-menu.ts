/**
 * The site menu on a phone: a disclosure button (its name says "Menu", aria-expanded says whether it is open) that
 * shows every page, the reading list and the theme control below the header. Escape closes it and puts focus back
 * on the button; so does widening the window to where the navigation is always shown.
 */

const WIDE = '(min-width: 48rem)';

export function installSiteMenu(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-menu-button]');
  const menu = document.getElementById('site-menu');
  if (!button || !menu) return;
  const setOpen = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    menu.toggleAttribute('data-open', open);
  };
  button.addEventListener('click', () => {
    const open = button.getAttribute('aria-expanded') !== 'true';
    setOpen(open);
    if (open) menu.querySelector<HTMLElement>('a[href]')?.focus();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || button.getAttribute('aria-expanded') !== 'true') return;
    if (!menu.contains(document.activeElement) && document.activeElement !== button) return;
    setOpen(false);
    button.focus();
  });
  window.matchMedia(WIDE).addEventListener('change', (event) => event.matches && setOpen(false));
}
