// Synthetic knowledge-base entries for the KB-size curve: invented place names built from
// syllables, unique and deterministic, so the matcher grows without touching the real data.
const SYLLABLES = ['ka', 'lo', 'mer', 'vi', 'dan', 'tor', 'su', 'bel', 'ran', 'osk', 'ith', 'pra', 'gul', 'zen', 'mar', 'tev'];

function inventedName(i) {
  let word = '';
  let n = i + SYLLABLES.length;
  while (n > 0) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return `${word[0].toUpperCase()}${word.slice(1)} ${i % 3 === 0 ? 'Valley' : i % 3 === 1 ? 'Ridge' : 'Province'}`;
}

/** A knowledge-base file of `count` invented places, one name each. */
export function syntheticPlaces(count) {
  const entries = Array.from({ length: count }, (_, i) => ({
    id: `synthetic-place-${i}`,
    kind: 'place',
    category: 'region',
    name: inventedName(i),
    summary: 'An invented place that only exists to measure how the matcher scales.',
    source: 'https://example.org/synthetic',
    reviewed: '2026-11-30',
  }));
  return { name: 'synthetic', data: { entries } };
}

/** Some of the invented names, to mix into the text so that they are matched too. */
export const someSyntheticNames = (count) => Array.from({ length: 10 }, (_, i) => inventedName(Math.floor((i * count) / 10)));
