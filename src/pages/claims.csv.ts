import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/page-corpus';
import { claimsCsv } from '../lib/site/downloads';

export const GET: APIRoute = async () => new Response(claimsCsv(await siteCorpus(), import.meta.env.BASE_URL));
