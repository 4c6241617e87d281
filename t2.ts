import { loadCorpusDir } from './src/lib/content-files';
import { buildSearchData } from './src/lib/search-index';
import { SearchEngine, emptyState } from './src/lib/search';
const r = loadCorpusDir('content'); if (!r.ok) throw 1;
const data = buildSearchData(r.corpus, '/');
let t0 = performance.now(); const engine = new SearchEngine(data); console.log('index ms', (performance.now()-t0).toFixed(1), 'tokens', (engine as any).postings.size);
const qs = ['t','ta','tam','tamo','tamox','tamoxi','tamoxif','tamoxife','tamoxifen','trastuzumb','lapatinb letrozol','Herceptin','ERα','TAnDEM','her2 er','aib1 tamoxifen'];
const times: number[] = [];
for (let rep = 0; rep < 20; rep++) for (const q of qs) { const t = performance.now(); engine.search({ ...emptyState(), q }); times.push(performance.now() - t); }
times.sort((a,b)=>a-b); console.log('median', times[times.length/2|0].toFixed(2), 'p95', times[Math.floor(times.length*0.95)].toFixed(2), 'max', times[times.length-1].toFixed(2));
for (const q of ['TAnDEM','tandem trial']) console.log(q, engine.search({...emptyState(), q}).hits.length);
