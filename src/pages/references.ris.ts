import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/page-corpus';
import { toRis } from '../lib/citations/ris';

export const GET: APIRoute = async () => new Response(toRis((await siteCorpus()).references));
