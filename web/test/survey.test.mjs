// The survey pages' pure helpers: where a server problem goes on the form, and the links' CSV for a mail merge.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { problemsByPlace } from '../src/survey/problems.js';
import { linksCsv, problemList } from '../src/surveys/format.js';

test('a problem about an answer goes to that answer and field; the open question to its box; others to the top', () => {
  const places = problemsByPlace([
    { path: 'input.answers[3].reliable', message: "'reliable' is not answered" },
    { path: 'input.answers[0]', message: 'about itself' },
    { path: 'input.openAnswer', message: 'too long' },
    { path: '', message: 'closed' },
  ]);

  assert.deepEqual(places, [
    { index: 3, field: 'reliable', message: "'reliable' is not answered" },
    { index: 0, field: 'partner', message: 'about itself' },
    { index: null, field: 'openAnswer', message: 'too long' },
    { index: null, field: null, message: 'closed' },
  ]);
});

test('the links CSV has a header, one row per organization, and quotes what needs quoting', () => {
  const csv = linksCsv([
    { organizationName: 'Food Share', organization: 'o-food', url: 'http://x/survey#key=cig_a' },
    { organizationName: 'Parents, Carers "and" Friends', organization: 'o-p', url: 'http://x/survey#key=cig_b' },
  ]);

  assert.equal(csv, 'organization,organization_id,link\r\nFood Share,o-food,http://x/survey#key=cig_a\r\n"Parents, Carers ""and"" Friends",o-p,http://x/survey#key=cig_b\r\n');
});

test('a refused write lists its problems with the index of the invited organization they are about', () => {
  const problems = problemList([
    { message: 'The survey round was not made', extensions: { problems: [{ path: 'input.invited[2]', message: 'not an organization' }, { path: 'input.name', message: 'needs a name' }] } },
    { message: 'refused outright' },
  ]);

  assert.deepEqual(problems, [
    { path: 'input.invited[2]', message: 'not an organization', index: 2 },
    { path: 'input.name', message: 'needs a name', index: null },
    { path: '', message: 'refused outright', index: null },
  ]);
});
