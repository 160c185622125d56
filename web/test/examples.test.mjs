// The example queries (web/src/examples.graphql, opened as GraphiQL tabs) and the README's graphql blocks
// must validate against the committed schema (schema.graphql), so neither drifts from the API.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { buildSchema, parse, validate } from 'graphql';
import { splitExamples } from '../src/lib/examples.js';
import { repoRoot } from './support/server.mjs';

const schema = buildSchema(readFileSync(join(repoRoot, 'schema.graphql'), 'utf8'));
const examplesSource = readFileSync(join(repoRoot, 'web', 'src', 'examples.graphql'), 'utf8');

function problems(source) {
  return validate(schema, parse(source)).map((e) => e.message);
}

test('examples.graphql: every example validates against schema.graphql', () => {
  const examples = splitExamples(examplesSource);
  assert.ok(examples.length >= 5, `expected at least 5 examples, found ${examples.length}`);
  for (const example of examples) {
    assert.deepEqual(problems(example.query), [], `example ${example.name}`);
    assert.ok(example.title, `example ${example.name} has a title comment`);
    if (example.variables) JSON.parse(example.variables);
  }
});

test('examples.graphql: splitExamples keeps each operation with its title and variables', () => {
  const examples = splitExamples('# First\nquery A { networkVersion }\n\n# Second\n# variables: {"id": "x"}\nquery B($id: ID!) { node(id: $id) { id } }\n');

  assert.deepEqual(examples.map((e) => [e.name, e.title, e.variables]), [
    ['A', 'First', ''],
    ['B', 'Second', '{"id": "x"}'],
  ]);
  assert.equal(examples[1].query, 'query B($id: ID!) { node(id: $id) { id } }');
});

test('README.md: every graphql block validates against schema.graphql', () => {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
  assert.ok(blocks.length > 0, 'README.md has graphql blocks');
  blocks.forEach((block, i) => assert.deepEqual(problems(block), [], `README graphql block ${i + 1}:\n${block}`));
});
