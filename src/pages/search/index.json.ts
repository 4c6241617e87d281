import type { APIRoute } from 'astro';
import { indexFile } from '../../lib/search/index-format';
import { siteSearchIndex } from '../../lib/site/search-index';

/** The whole search index, for the search worker and for sites small enough to load it at once. */
export const GET: APIRoute = async () => new Response(JSON.stringify(indexFile((await siteSearchIndex(import.meta.env.BASE_URL)).index)));
