import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCorpus } from '../../lib/site-corpus';
import { toBibtex } from '../../lib/citations';
import { referencesOf, type Claim } from '../../lib/corpus';

export const getStaticPaths = (async () =>
  (await siteCorpus()).claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(toBibtex(referencesOf(await siteCorpus(), [(props as { claim: Claim }).claim])));
