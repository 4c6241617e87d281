/** Ctrl/Cmd+K, or "/" outside a text field, focuses the search box on any page. */

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function installSearchShortcuts(): void {
  document.addEventListener('keydown', (event) => {
    const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    if (!commandK && !slash) return;
    const box = document.querySelector<HTMLInputElement>('[data-search-input]') ?? document.querySelector<HTMLInputElement>('#site-search');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
