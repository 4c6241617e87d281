/**
 * The trial filters work without JavaScript: CSS hides rows and plots whose population or setting is not ticked
 * (global.css, .trial-browser rules). This only says how many trials are shown, for everyone, screen readers included.
 */
export function installTrialFilters(root: ParentNode): void {
  const browser = root.querySelector<HTMLElement>('[data-trial-browser]');
  const count = browser?.querySelector<HTMLElement>('[data-trial-count]');
  if (!browser || !count) return;
  const rows = [...browser.querySelectorAll<HTMLElement>('table tr[data-population]')];
  const update = () => {
    const chosen = (name: string) => [...browser.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((input) => input.value);
    const populations = chosen('population');
    const settings = chosen('setting');
    const shown = rows.filter(
      (row) =>
        (populations.length === 0 || populations.includes(row.dataset.population!)) && (settings.length === 0 || settings.includes(row.dataset.setting!)),
    ).length;
    count.textContent = shown === rows.length ? `${rows.length} trials` : `${shown} of ${rows.length} trials shown`;
  };
  browser.addEventListener('change', update);
}
