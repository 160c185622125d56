// What each measure means, in a sentence a backbone team can read, which way is better, and how to show its values
// (issue 17, item 2). The same words as the schema's descriptions and docs/analyses.md.

/** By the API's names: CentralityMeasure values and the equity lens's measure names (Degree, Constraint, …). */
export const measureMeanings = {
  DEGREE: { label: 'Direct ties', meaning: 'How many others it is tied to directly.', better: 'higher' },
  WEIGHTED_DEGREE: { label: 'Tie strength', meaning: 'The sum of its ties’ weights: how much it works with others, not only with how many.', better: 'higher' },
  BETWEENNESS: { label: 'Bridging (betweenness)', meaning: 'How often it lies on the shortest paths between others: a bridge the network relies on.', better: 'higher' },
  CLOSENESS: { label: 'Reach (closeness)', meaning: 'How few steps it takes to reach everyone it is connected to.', better: 'higher' },
  HARMONIC: { label: 'Reach (harmonic closeness)', meaning: 'Like closeness, but counts parts of the network it cannot reach as far away instead of ignoring them.', better: 'higher' },
  EIGENVECTOR: { label: 'Well-connected partners (eigenvector)', meaning: 'High when its partners are themselves well connected.', better: 'higher' },
  PAGE_RANK: { label: 'Influence (PageRank)', meaning: 'Like eigenvector, damped: ties from well-connected partners count more.', better: 'higher' },
  CONSTRAINT: { label: 'Constraint', meaning: 'How much its ties are to partners who are tied to each other (Burt): little room to broker.', better: 'lower' },
  EFFECTIVE_SIZE: { label: 'Non-redundant partners (effective size)', meaning: 'How many of its partners bring contacts the others do not (Burt).', better: 'higher' },
};

/** The meaning of a measure named as the API names it (PAGE_RANK, PageRank, EffectiveSize, …), or a plain fallback. */
export function meaningOf(name) {
  const key = String(name).replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase();
  return measureMeanings[key] || { label: String(name), meaning: '', better: null };
}

/** A score for people: two significant digits, or whole numbers as they are (0.3412 → 0.34, 1534.2 → 1534). */
export function rounded(value) {
  if (value == null || Number.isNaN(Number(value))) return '–';
  const v = Number(value);
  if (Number.isInteger(v) || Math.abs(v) >= 100) return String(Math.round(v));
  if (v === 0) return '0';
  return String(Number(v.toPrecision(2)));
}

/** "Higher is better" / "Lower is better". */
export function directionText(meaning) {
  return meaning.better ? `${meaning.better[0].toUpperCase()}${meaning.better.slice(1)} is better` : '';
}

/**
 * How community-led groups compare on a measure, in words: better off, worse off or about the same (within 10 %),
 * given which way is better.
 */
export function comparison(meaning, communityLed, others) {
  if (communityLed == null || others == null || !meaning.better) return '';
  const scale = Math.max(Math.abs(communityLed), Math.abs(others));
  if (scale === 0 || Math.abs(communityLed - others) <= 0.1 * scale) return 'about the same';
  const higher = communityLed > others;
  return (higher === (meaning.better === 'higher')) ? 'better placed' : 'worse placed';
}

/**
 * What is typical for a measure in this network: the median and the 90th percentile of the scores given (nearest rank),
 * and where `value` stands ("above most", "about typical", "below most"); null without scores.
 */
export function typical(scores, value) {
  const sorted = scores.filter((v) => v != null && !Number.isNaN(Number(v))).map(Number).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const median = at(0.5);
  const high = at(0.9);
  const where = value == null ? null : value >= high && high > median ? 'among the top tenth' : value > median ? 'above the median' : value < median ? 'below the median' : 'at the median';
  return { median, high, where };
}
