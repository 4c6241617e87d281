import type { APIRoute } from 'astro';
import { siteSearchIndex } from '../../lib/site/search-index';

/** The index head: vocabulary and ranking data, what a cold visit loads first. */
export const GET: APIRoute = async () => new Response(JSON.stringify((await siteSearchIndex(import.meta.env.BASE_URL)).index.head));
