/** Restricted Damerau–Levenshtein distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
      rowMin = Math.min(rowMin, d);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length]![b.length]!;
}

/**
 * Whether deleting at most one letter from each of two words leaves the same form: one letter
 * substituted, inserted or deleted, or a stretch of the word shifted by one ("Mattis", "Matits").
 * What a symmetric-delete index of single deletions finds, read from the two words without making
 * their forms.
 */
export function shareOneDeletion(a: string, b: string): boolean {
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  const n = shorter.length;
  if (longer.length - n > 1) return false;
  let prefix = 0;
  while (prefix < n && longer.charCodeAt(prefix) === shorter.charCodeAt(prefix)) prefix++;
  if (longer.length > n) {
    // the shorter is the longer with one letter deleted: what they share on either side covers it
    let suffix = 0;
    while (suffix < n - prefix && longer.charCodeAt(n - suffix) === shorter.charCodeAt(n - 1 - suffix)) suffix++;
    return prefix + suffix >= n;
  }
  if (prefix === n) return true;
  let last = n - 1;
  while (longer.charCodeAt(last) === shorter.charCodeAt(last)) last--;
  // they differ from `prefix` to `last`: in one letter, or in a stretch one word has one place on
  if (last === prefix) return true;
  return sameStretch(longer, prefix + 1, shorter, prefix, last - prefix) || sameStretch(longer, prefix, shorter, prefix + 1, last - prefix);
}

/** Whether `a` from `aStart` and `b` from `bStart` hold the same `length` characters. */
function sameStretch(a: string, aStart: number, b: string, bStart: number, length: number): boolean {
  for (let k = 0; k < length; k++) if (a.charCodeAt(aStart + k) !== b.charCodeAt(bStart + k)) return false;
  return true;
}
