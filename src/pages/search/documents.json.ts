import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/page-corpus';
import { buildSearchData } from '../../lib/site/search-documents';

export const GET: APIRoute = async () => new Response(JSON.stringify(buildSearchData(await siteCorpus(), import.meta.env.BASE_URL)));
