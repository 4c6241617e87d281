import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { plural } from '../../lib/site/labels';

interface Props {
  /** On a phone: shown as a sheet over the results (a modal dialog). On a wide screen it is always the side rail. */
  open: boolean;
  close: () => void;
  /** The button that opened the sheet: focus goes back to it. */
  opener: RefObject<HTMLButtonElement | null>;
  /** Results for the current filters, partial matches included, or undefined before the first answer. */
  count: number | undefined;
  /** The same as the line above the results says it ("8 match every word · 22 match some"). */
  countText: string;
  activeFilters: number;
  clearAll: () => void;
  children: ReactNode;
}

/** The width from which the filters are a side rail (Tailwind's md). */
const RAIL_QUERY = '(min-width: 48rem)';

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * Makes everything outside `keep` inert (no focus, no clicks, hidden from screen readers) and returns the undo. Only
 * elements it changed are given back, so an element that was inert before stays so.
 */
function inertOutside(keep: HTMLElement): () => void {
  const changed: HTMLElement[] = [];
  for (let node: HTMLElement | null = keep; node && node !== document.body; node = node.parentElement) {
    for (const sibling of node.parentElement?.children ?? []) {
      if (sibling === node || !(sibling instanceof HTMLElement) || sibling.inert || sibling.classList.contains('filter-backdrop')) continue;
      sibling.inert = true;
      changed.push(sibling);
    }
  }
  return () => changed.forEach((element) => (element.inert = false));
}

/** Keeps Tab inside the sheet: from its last control to its first, and back. */
function trapTab(sheet: HTMLElement, event: KeyboardEvent) {
  const focusable = [...sheet.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.offsetParent !== null);
  if (focusable.length === 0) return;
  const first = focusable[0];
  const last = focusable[focusable.length - 1];
  const inside = sheet.contains(document.activeElement);
  if (event.shiftKey && (document.activeElement === first || !inside)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (document.activeElement === last || !inside)) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * While the sheet is open: the page behind is inert and does not scroll, focus starts on Close and stays in the
 * sheet, Escape closes it, and so does the screen becoming wide enough for the rail. On closing, focus returns to
 * the button that opened it.
 */
function useModalSheet(open: boolean, close: () => void, opener: RefObject<HTMLButtonElement | null>) {
  const panel = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open || !panel.current) return;
    const sheet = panel.current;
    const openerButton = opener.current;
    const restoreInert = inertOutside(sheet);
    const root = document.documentElement;
    const overflow = root.style.overflow;
    root.style.overflow = 'hidden';
    closeButton.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
      } else if (event.key === 'Tab') {
        trapTab(sheet, event);
      }
    };
    // A phone turned sideways may become wide enough for the rail: the sheet has no reason to stay open.
    const wide = window.matchMedia(RAIL_QUERY);
    const onWide = () => wide.matches && close();
    document.addEventListener('keydown', onKey);
    wide.addEventListener('change', onWide);
    return () => {
      document.removeEventListener('keydown', onKey);
      wide.removeEventListener('change', onWide);
      restoreInert();
      root.style.overflow = overflow;
      openerButton?.focus();
    };
  }, [open, close, opener]);
  return { panel, closeButton };
}

/**
 * The filters. On a wide screen a rail beside the results that stays in view as the page scrolls, with the number of
 * results at its top, beside whatever control the reader is changing. On a phone a sheet that opens over the results:
 * focus moves into it and stays there (Tab wraps, the page behind is inert), and Close, Escape or "Show N results"
 * close it and give focus back to the Filters button.
 */
export function FilterPanel({ open, close, opener, count, countText, activeFilters, clearAll, children }: Props) {
  const { panel, closeButton } = useModalSheet(open, close, opener);
  const counted = count === undefined ? '' : plural(count, 'result');
  return (
    <>
      {open && <div className="filter-backdrop" aria-hidden="true" onClick={close} />}
      <div
        ref={panel}
        id="search-filters"
        className={open ? 'search-filters is-open' : 'search-filters'}
        {...(open ? { role: 'dialog', 'aria-modal': true, 'aria-labelledby': 'search-filters-title' } : { role: 'complementary', 'aria-label': 'Filters' })}
      >
        <div className="filters-head">
          <h2 id="search-filters-title" className="text-base font-semibold">
            Filters
          </h2>
          <p className="filters-count text-sm text-muted" aria-hidden="true">
            {countText}
          </p>
          {activeFilters > 0 && (
            <button type="button" className="filters-clear text-sm underline" onClick={clearAll}>
              Clear all
            </button>
          )}
          <button ref={closeButton} type="button" className="filters-close" onClick={close}>
            Close
          </button>
        </div>
        <div className="filters-body">{children}</div>
        <div className="filters-foot">
          {open && (
            <p role="status" className="sr-only">
              {counted}
            </p>
          )}
          <button type="button" className="filters-show" onClick={close}>
            Show {counted || 'results'}
          </button>
        </div>
      </div>
    </>
  );
}
