import { loadCorpusDir } from './src/lib/content-files';
import { buildSearchData } from './src/lib/search-index';
import { SearchEngine, emptyState } from './src/lib/search';
const r = loadCorpusDir('content'); if (!r.ok) throw 1;
const data = buildSearchData(r.corpus, '/');
const engine = new SearchEngine(data);
const queries = process.argv.slice(2);
for (const q of queries) {
  const t0 = performance.now();
  const res = engine.search({ ...emptyState(), q });
  const ms = (performance.now() - t0).toFixed(1);
  console.log(`\n## ${q} (${res.hits.length} hits, ${ms} ms)`);
  for (const h of res.hits.slice(0, 5)) console.log(`  ${h.doc.type} ${h.doc.id} m=${h.matchedWords} e=${h.exactWords} s=${h.score.toFixed(2)} :: ${h.doc.title.slice(0, 70)}`);
}
console.log(JSON.stringify(data).length);
