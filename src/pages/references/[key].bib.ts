import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCorpus } from '../../lib/site/page-corpus';
import { toBibtex } from '../../lib/citations/bibtex';
import type { Reference } from '../../lib/content/corpus';

export const getStaticPaths = (async () =>
  (await siteCorpus()).references.map((reference) => ({ params: { key: reference.id }, props: { reference } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(toBibtex([(props as { reference: Reference }).reference]));
