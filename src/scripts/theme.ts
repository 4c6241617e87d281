/** The colour-scheme control: follow the system (the default), or keep light or dark; the choice is remembered. */

type Choice = 'system' | 'light' | 'dark';
const KEY = 'colour-scheme';

function apply(choice: Choice): void {
  document.documentElement.classList.remove('light', 'dark');
  if (choice !== 'system') document.documentElement.classList.add(choice);
}

function stored(): Choice {
  try {
    const value = localStorage.getItem(KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

export function installThemeControl(): void {
  const select = document.querySelector<HTMLSelectElement>('[data-theme-control]');
  const choice = stored();
  apply(choice);
  if (!select) return;
  select.value = choice;
  select.addEventListener('change', () => {
    const next = select.value as Choice;
    try {
      if (next === 'system') localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, next);
    } catch {
      // Storage refused: the choice still applies to this page.
    }
    apply(next);
  });
}
