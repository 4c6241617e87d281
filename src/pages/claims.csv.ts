import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site-corpus';
import { claimsCsv } from '../lib/exports';

export const GET: APIRoute = async () => new Response(claimsCsv(await siteCorpus(), import.meta.env.BASE_URL));
