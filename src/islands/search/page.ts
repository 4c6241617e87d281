/**
 * Runs as soon as the search page is parsed, before React: asks for the results of the address's state and draws
 * the first of them into the island's own list and status line. Only then does it load React and hydrate the
 * server-rendered island, which takes over (SearchApp attaches to the same client). So a cold visit's results never
 * wait for React to download and compile, and the first results need this one script and the index (in the page
 * for a small site, preloaded parts of it for a large one).
 */
import { hasFilters, stateFromParams } from '../../lib/search/url-state';
import { FIRST_PAGE } from '../../lib/search/view';
import { installResultKeys, renderResults, resultsStatus } from './result-list';
import { searchClient } from './client';

const state = stateFromParams(new URLSearchParams(location.search));
const section = document.querySelector<HTMLElement>('section[aria-label=Results]');
const input = document.querySelector<HTMLInputElement>('[data-search-input]');
if (input && !input.value) input.value = state.q;
const list = section?.querySelector<HTMLElement>('[data-results-list]');
if (input && list) installResultKeys(input, list);
const client = searchClient();
let hydrating = false;
/**
 * The first results are drawn, or search failed and the island must say so: now hydrate it, from a task of its own,
 * so that loading React never holds up the first results.
 */
const shown = () => {
  if (hydrating) return;
  hydrating = true;
  const container = document.querySelector<HTMLElement>('[data-search-app]')!;
  setTimeout(() =>
    Promise.all([import('react'), import('react-dom/client'), import('./SearchApp')]).then(([{ createElement }, { hydrateRoot }, { default: SearchApp }]) =>
      hydrateRoot(container, createElement(SearchApp, { browse: JSON.parse(container.dataset.browse!) })),
    ),
  );
};
client.previewWith((view) => {
  if (section && list) {
    renderResults(list, view, FIRST_PAGE, state.sort);
    document.querySelector('[data-search-status]')!.textContent = resultsStatus(view, hasFilters(state));
    section.dataset.resultsFor = view.q;
  }
  shown();
}, shown);
client.search(state, FIRST_PAGE);
// A hook for benchmarks and tests: from here on, no keystroke waits for the network.
void client.warm.then(() => document.documentElement.setAttribute('data-search-warm', ''));
