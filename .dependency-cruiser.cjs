// @ts-check
/**
 * The layering of src/, as rules dependency-cruiser checks (../shared/DESIGN.md, "Data flows one way"; README,
 * Architecture). tests/unit/architecture.test.ts runs these rules over every import form, the <script> blocks and
 * front matter of .astro files and `new URL('./x', import.meta.url)` worker URLs included, which dependency-cruiser
 * alone does not read; `npx depcruise src` checks the TypeScript alone.
 */

/**
 * Lowest first. A folder may import its own files and folders on earlier lines, never a later line (an import running
 * up a layer) nor another folder on its own line (folders that share a line are independent of each other).
 */
const layers = [
  ['src/lib/build', 'src/lib/text'], // the build cache (Node); text folding and closest match (browser-safe)
  ['src/lib/search'], // the search engine, a browser-safe leaf: it imports only itself and lib/text
  ['src/schemas'], // one zod schema per record kind
  ['src/lib/content'], // read, validate, resolve and appraise content/, its placeholders, Markdown
  ['src/lib/citations', 'src/lib/figures', 'src/lib/curation'], // citation-js; figure geometry; curator tools
  ['src/lib/site'], // what pages share: routes, labels, views, downloads, the search documents and index files
  ['src/scripts', 'src/cli', 'src/integrations'], // browser scripts; commands; Astro hooks
  ['src/islands'], // the React search island (it uses scripts/download.ts)
  ['src/components'],
  ['src/layouts'],
  ['src/pages'],
  ['astro.config.mjs'],
];

/**
 * What the browser loads: its folders, and the few files of other folders that the labels module brings along by
 * value (its type imports vanish from the bundle). They may import, by value, only each other and browser packages.
 */
const browserModules = [
  '^src/(islands|scripts|lib/search|lib/text)/',
  '^src/lib/site/labels\\.ts$',
  '^src/lib/content/appraisal\\.ts$',
  // Only constant tables are read from these; the zod schemas beside them are tree-shaken (see astro.config.mjs).
  '^src/schemas/(common|vocab)\\.ts$',
  // The <script> blocks of .astro files, as the architecture test names them in its readable copy of src/.
  '\\.astro\\.script\\.ts$',
];
const browserPackages = ['react', 'react-dom', 'fuse\\.js', 'stemmer'];

const escape = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A path pattern for a folder (its files) or a single file. */
const pattern = (/** @type {string} */ path) => (/\.\w+$/.test(path) ? `^${escape(path)}$` : `^${escape(path)}/`);
const anyOf = (/** @type {string[]} */ patterns) => patterns.map((p) => `(${p})`).join('|');

/** @type {import('dependency-cruiser').IForbiddenRuleType[]} */
const layerRules = layers.flatMap((line, rank) =>
  line.flatMap((folder) => {
    const above = layers.slice(rank + 1).flat();
    const beside = line.filter((other) => other !== folder);
    if (above.length + beside.length === 0) return [];
    return {
      name: 'layers',
      severity: 'error',
      comment: `${folder} may import only ${layers.slice(0, rank).flat().join(', ') || 'nothing else in src'} (and itself): see .dependency-cruiser.cjs`,
      from: { path: pattern(folder) },
      to: { path: anyOf([...above, ...beside].map(pattern)) },
    };
  }),
);

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'search-is-a-leaf',
      severity: 'error',
      comment: 'lib/search runs in the browser and in tests: it imports only itself and lib/text, never the build cache or a page-side module',
      from: { path: '^src/lib/search/' },
      to: { path: '^src/', pathNot: '^src/lib/(search|text)/' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others, cannot be understood or tested one at a time',
      from: {},
      to: { circular: true },
    },
    {
      name: 'in-a-layer',
      severity: 'error',
      comment: 'Every module under src/ that imports something belongs to a layer in .dependency-cruiser.cjs',
      from: { path: '^src/', pathNot: anyOf([...layers.flat().map(pattern), '\\.d\\.ts$']) },
      to: {},
    },
    {
      name: 'browser-no-node',
      severity: 'error',
      comment: 'Code the browser loads cannot use Node built-ins',
      from: { path: anyOf(browserModules) },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'browser-no-build-config',
      severity: 'error',
      comment: 'The build configuration (virtual:site-config: content paths, cache directory) never reaches the browser',
      from: { path: anyOf(browserModules) },
      to: { path: '^virtual:site-config$' },
    },
    {
      name: 'browser-only-browser-modules',
      severity: 'error',
      comment: 'Code the browser loads imports, by value, only other code the browser loads (type imports vanish from the bundle)',
      from: { path: anyOf(browserModules) },
      to: { path: '^src/', pathNot: anyOf(browserModules), dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-packages',
      severity: 'error',
      comment: `Code the browser loads uses only the packages meant for it (${browserPackages.join(', ')}); the schema tables, only zod`,
      from: { path: anyOf(browserModules), pathNot: '^src/schemas/' },
      to: { path: 'node_modules/', pathNot: `node_modules/(${browserPackages.join('|')})/`, dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'browser-packages',
      severity: 'error',
      comment: 'The schema tables the browser loads import only zod, through astro/zod',
      from: { path: '^src/schemas/(common|vocab)\\.ts$' },
      to: { path: 'node_modules/', pathNot: 'node_modules/(astro/dist/zod|zod)/?', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import the checker cannot resolve is an import it cannot judge',
      from: { path: '^src/' },
      to: { couldNotResolve: true, pathNot: '^(virtual|astro):' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Type imports count for the layering: a type from a higher layer couples a module to it as much as a value.
    tsPreCompilationDeps: true,
    // The architecture test cruises a copy of src/ whose node_modules is a link to this one's.
    preserveSymlinks: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types'],
    },
  },
};
