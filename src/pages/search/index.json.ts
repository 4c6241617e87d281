import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../../lib/site/search-index';

/** The whole search index, for the search worker of a large site (a small site's search page holds it). */
export const GET: APIRoute = async () => new Response((await siteSearchIndex(import.meta.env.BASE_URL)).json);
