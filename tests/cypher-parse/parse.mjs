// Parses Cypher files with Neo4j's own tooling: @neo4j-cypher/language-support runs Neo4j's ANTLR grammar of Cypher
// and the semantic analysis of the Neo4j database (its front end, compiled to JavaScript), as Cypher 5.
// Usage: node parse.mjs [--json] [file or folder ...]   (default: the repository's cypher/ folder)
// Prints every error and warning as "path:line:column: severity: message" (line and column from 1), or with --json one
// array of {file, diagnostics: [{severity, line, column, message}]} where file is relative to the folder given
// (the path as given for a file).
// Exits 1 when any file has an error or a warning (a deprecated construct is flagged before a Cypher version drops
// it), 2 on bad usage.
import { isNotParamError, lintCypherQuery } from '@neo4j-cypher/language-support';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const extensions = ['.cypher', '.cy'];
const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' };

const args = process.argv.slice(2);
const json = args.includes('--json');
const targets = args.filter((a) => a !== '--json');
if (targets.length === 0) {
  targets.push(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'cypher'));
}

const files = [];
for (const target of targets) {
  let stat;
  try {
    stat = statSync(target);
  } catch {
    console.error(`No such file or folder: ${target}`);
    process.exit(2);
  }
  if (stat.isDirectory()) {
    const found = readdirSync(target, { recursive: true })
      .map((f) => f.replaceAll('\\', '/'))
      .filter((f) => extensions.some((e) => f.endsWith(e)))
      .sort();
    files.push(...found.map((f) => ({ path: join(target, f), name: json ? f : relative(process.cwd(), join(target, f)) })));
  } else {
    files.push({ path: target, name: target });
  }
}

const results = files.map(({ path, name }) => {
  // No schema: labels, properties, functions and procedures (gds.*) are not checked against a database, and the
  // parameters ($x) are declared in each file's header and checked against it by CypherCatalogTests, so the
  // "Parameter $x is not defined" errors that an empty schema raises are dropped with the package's own filter.
  const { diagnostics } = lintCypherQuery(readFileSync(path, 'utf8'), {}, { consoleCommandsEnabled: false });
  return {
    file: name,
    diagnostics: diagnostics.filter(isNotParamError).map((d) => ({
      severity: severities[d.severity ?? 1] ?? String(d.severity),
      line: d.range.start.line + 1,
      column: d.range.start.character + 1,
      message: d.message,
    })),
  };
});

const failed = results.filter((r) => r.diagnostics.length > 0);
if (json) {
  console.log(JSON.stringify(results));
} else {
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      console.log(`${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
    }
  }
  console.log(`${results.length} files parsed, ${failed.length} with errors or warnings`);
}
process.exit(failed.length > 0 ? 1 : 0);
