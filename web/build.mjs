// Builds the browser assets into the API's wwwroot (src/CollectiveImpact.Graph.Api/wwwroot):
//   index.html + map.js/map.css      the network map and evaluator panels, served at /
//   layout-worker.js                 the map's ForceAtlas2 layout, run in a Web Worker
//   graphiql.html + graphiql.js/.css the GraphiQL workbench, served at /graphiql
//   report.html + report.js/.css     the printable state-of-the-network report, served at /report
//   survey.html + survey.js/.css     the partner survey form a partner's personal link opens, at /survey
//   surveys.html + surveys.js/.css   the backbone's survey rounds (make, follow, results, apply), at /surveys
// Everything is bundled from node_modules: nothing is loaded from a CDN at run time.
// Usage: npm run build  (node build.mjs [--dev] for unminified output with source maps)
import { build } from 'esbuild';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const outdir = join(here, '..', 'src', 'CollectiveImpact.Graph.Api', 'wwwroot');
const dev = process.argv.includes('--dev');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

await build({
  entryPoints: {
    map: join(here, 'src', 'map', 'main.js'),
    graphiql: join(here, 'src', 'graphiql', 'main.jsx'),
    report: join(here, 'src', 'report', 'main.js'),
    survey: join(here, 'src', 'survey', 'main.js'),
    surveys: join(here, 'src', 'surveys', 'main.js'),
  },
  outdir,
  bundle: true,
  format: 'esm',
  splitting: false,
  target: ['es2022'],
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  jsx: 'automatic',
  loader: { '.graphql': 'text', '.woff': 'file', '.woff2': 'file', '.ttf': 'file' },
  define: { 'process.env.NODE_ENV': dev ? '"development"' : '"production"' },
  legalComments: 'linked',
  logLevel: 'warning',
});

// The map's layout worker, a classic worker script of its own (loaded by URL beside map.js).
await build({
  entryPoints: { 'layout-worker': join(here, 'src', 'map', 'layout-worker.js') },
  outdir,
  bundle: true,
  format: 'iife',
  target: ['es2022'],
  minify: !dev,
  sourcemap: dev ? 'linked' : false,
  legalComments: 'linked',
  logLevel: 'warning',
});

for (const page of ['index.html', 'graphiql.html', 'report.html', 'survey.html', 'surveys.html']) {
  await cp(join(here, 'src', page), join(outdir, page));
}
// The committed SDL, served beside the pages: introspection can be turned off (Limits:Introspection=false), so the map
// reads which fields exist from it and GraphiQL builds its docs and completion from it. Built from the same commit
// as the server, and the API's drift test keeps it equal to the live schema.
await cp(join(here, '..', 'schema.graphql'), join(outdir, 'schema.graphql'));
// MSBuild compares this stamp with web/src to decide whether to rebuild (see the API's csproj).
await writeFile(join(outdir, '.build-stamp'), new Date().toISOString() + '\n');
console.log(`web: built into ${outdir}`);
