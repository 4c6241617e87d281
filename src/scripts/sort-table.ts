/**
 * Sortable tables: the table is complete and in a sensible order without JavaScript; this only adds sort buttons to
 * the headers that name a key. Each row carries `data-sort-<key>` values (numbers sort as numbers, empty values last).
 */

function rowsOf(table: HTMLTableElement): HTMLElement[] {
  return [...table.querySelectorAll<HTMLElement>(':scope > tbody[data-row], :scope > tbody > tr[data-row]')];
}

function compare(a: string | undefined, b: string | undefined): number {
  if (!a && !b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  const x = Number(a);
  const y = Number(b);
  return Number.isNaN(x) || Number.isNaN(y) ? a.localeCompare(b) : x - y;
}

export function enhanceSortableTables(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
    const rows = rowsOf(table);
    rows.forEach((row, i) => (row.dataset.sortOriginal = String(i)));
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')];
    for (const header of headers) {
      const key = header.dataset.sortKey!;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      button.append(...header.childNodes);
      header.append(button);
      button.addEventListener('click', () => {
        const ascending = header.getAttribute('aria-sort') !== 'ascending';
        for (const other of headers) other.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const sorted = rowsOf(table).sort((a, b) => {
          const order = compare(a.dataset[`sort${key[0].toUpperCase()}${key.slice(1)}`], b.dataset[`sort${key[0].toUpperCase()}${key.slice(1)}`]);
          return (ascending ? order : -order) || Number(a.dataset.sortOriginal) - Number(b.dataset.sortOriginal);
        });
        const parent = sorted[0]?.parentElement;
        if (parent) for (const row of sorted) parent.append(row);
      });
    }
    const caption = table.querySelector('[data-sort-hint]');
    if (caption instanceof HTMLElement) caption.hidden = false;
  }
}
