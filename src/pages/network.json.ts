import type { APIRoute } from 'astro';
import { cytoscapeNetwork } from '../lib/figures/network-export';
import { siteCorpus } from '../lib/site/page-corpus';

export const GET: APIRoute = async () => new Response(`${JSON.stringify(cytoscapeNetwork(await siteCorpus()), null, 2)}\n`);
