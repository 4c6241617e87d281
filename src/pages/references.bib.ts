import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site-corpus';
import { toBibtex } from '../lib/citations';

export const GET: APIRoute = async () => new Response(toBibtex((await siteCorpus()).references));
