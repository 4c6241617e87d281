import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site-corpus';
import { toRis } from '../lib/citations';

export const GET: APIRoute = async () => new Response(toRis((await siteCorpus()).references));
