import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../../lib/site/search-index';

/** Facet values and years per document, loaded by a cold visit only when its address has filters. */
export const GET: APIRoute = async () => new Response(JSON.stringify((await siteSearchIndex(import.meta.env.BASE_URL)).index.facets));
