// The plain-language words and numbers the panels show (issue 17, item 2).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparison, directionText, meaningOf, measureMeanings, rounded, typical } from '../src/map/meanings.js';

test('every measure the API names has a meaning, a label and a direction', () => {
  for (const name of ['DEGREE', 'WEIGHTED_DEGREE', 'BETWEENNESS', 'CLOSENESS', 'HARMONIC', 'EIGENVECTOR', 'PAGE_RANK', 'Constraint', 'EffectiveSize', 'PageRank', 'Betweenness']) {
    const meaning = meaningOf(name);
    assert.ok(meaning.meaning.length > 20, name);
    assert.match(directionText(meaning), /^(Higher|Lower) is better$/, name);
  }
  assert.equal(meaningOf('Constraint').better, 'lower');
  assert.equal(meaningOf('EffectiveSize').label, measureMeanings.EFFECTIVE_SIZE.label);
  assert.equal(meaningOf('Unheard of').label, 'Unheard of');
});

test('numbers are rounded for people: two significant digits, whole numbers whole', () => {
  assert.equal(rounded(0.34123456789), '0.34');
  assert.equal(rounded(0.0001234), '0.00012');
  assert.equal(rounded(12.345), '12');
  assert.equal(rounded(1534.2), '1534');
  assert.equal(rounded(7), '7');
  assert.equal(rounded(0), '0');
  assert.equal(rounded(null), '–');
});

test('community-led groups are said to be better or worse placed by which way is better', () => {
  assert.equal(comparison(meaningOf('Constraint'), 0.341, 0.164), 'worse placed');
  assert.equal(comparison(meaningOf('Betweenness'), 0.01, 0.05), 'worse placed');
  assert.equal(comparison(meaningOf('EffectiveSize'), 5, 2), 'better placed');
  assert.equal(comparison(meaningOf('Degree'), 3.05, 3), 'about the same');
  assert.equal(comparison(meaningOf('Degree'), null, 3), '');
});

test('what is typical: the median and the top tenth, and where a value stands', () => {
  const scores = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  assert.deepEqual(typical(scores, 10), { median: 5, high: 9, where: 'among the top tenth' });
  assert.equal(typical(scores, 7).where, 'above the median');
  assert.equal(typical(scores, 5).where, 'at the median');
  assert.equal(typical(scores, 1).where, 'below the median');
  assert.equal(typical([], 1), null);
  assert.equal(typical([0, 0, 0, 0], 0).where, 'at the median', 'all alike: nobody is in a top tenth');
});
