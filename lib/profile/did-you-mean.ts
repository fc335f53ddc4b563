/**
 * "Did you mean …?" for a key the profile does not know: the known key at the same level with the
 * smallest edit distance (insertions, deletions, substitutions and swaps of two neighbours, case
 * ignored), when that distance is small enough to be a slip rather than a different word.
 */

/** Optimal string alignment distance (Damerau–Levenshtein without repeated edits of a substring). */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const u = b.toLowerCase();
  const rows = s.length + 1;
  const cols = u.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = s[i - 1] === u[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && s[i - 1] === u[j - 2] && s[i - 2] === u[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[s.length]![u.length]!;
}

/** The largest distance still taken for a slip: 2, or 3 for keys of 12 characters or more. */
export const maxDistanceFor = (key: string): number => (key.length >= 12 ? 3 : 2);

/**
 * The known key closest to `key`, or undefined when none is within maxDistanceFor(key). Ties go to
 * the key that comes first alphabetically, so the suggestion does not depend on the schema's order.
 */
export function didYouMean(key: string, known: readonly string[]): string | undefined {
  let best: { key: string; distance: number } | undefined;
  for (const candidate of [...known].sort()) {
    const distance = editDistance(key, candidate);
    if (distance > maxDistanceFor(key)) continue;
    if (!best || distance < best.distance) best = { key: candidate, distance };
  }
  return best?.key;
}
