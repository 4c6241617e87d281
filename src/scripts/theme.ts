/** The colour-scheme toggle: remembers the reader's choice; without one the page follows the system setting. */

type Scheme = 'light' | 'dark';
const KEY = 'colour-scheme';

function systemScheme(): Scheme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function apply(scheme: Scheme, button: HTMLButtonElement | null) {
  document.documentElement.classList.remove('light', 'dark');
  document.documentElement.classList.add(scheme);
  if (button) {
    button.setAttribute('aria-pressed', String(scheme === 'dark'));
    button.title = scheme === 'dark' ? 'Switch to the light colour scheme' : 'Switch to the dark colour scheme';
  }
}

export function installThemeToggle(): void {
  const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
  const stored = localStorage.getItem(KEY) as Scheme | null;
  apply(stored ?? systemScheme(), button);
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', () => {
    const next: Scheme = document.documentElement.classList.contains('dark') ? 'light' : 'dark';
    localStorage.setItem(KEY, next);
    apply(next, button);
  });
}
