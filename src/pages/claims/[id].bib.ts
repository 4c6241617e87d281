import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCorpus } from '../../lib/site/page-corpus';
import { toBibtex } from '../../lib/citations/bibtex';
import type { Claim } from '../../lib/content/corpus';

export const getStaticPaths = (async () =>
  (await siteCorpus()).claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => new Response(toBibtex([...(props as { claim: Claim }).claim.references, (await siteCorpus()).review]));
