import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/page-corpus';
import { trialsCsv } from '../lib/site/trial-view';

export const GET: APIRoute = async () => new Response(trialsCsv((await siteCorpus()).trials, import.meta.env.BASE_URL));
