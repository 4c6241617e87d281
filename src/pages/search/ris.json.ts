import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/page-corpus';
import { risByKey } from '../../lib/site/search-documents';

export const GET: APIRoute = async () => new Response(JSON.stringify(risByKey(await siteCorpus())));
