import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site-corpus';
import { buildSearchData } from '../../lib/search-index';

export const GET: APIRoute = async () => new Response(JSON.stringify(buildSearchData(await siteCorpus(), import.meta.env.BASE_URL)));
