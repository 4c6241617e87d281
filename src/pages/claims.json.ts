import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/page-corpus';
import { claimsExport } from '../lib/site/downloads';

export const GET: APIRoute = async () => new Response(JSON.stringify(claimsExport(await siteCorpus(), import.meta.env.BASE_URL), null, 2) + '\n');
