/**
 * Structural equality of plain data (an engine result is a tree of arrays, objects and primitives).
 * Functions and other references compare by identity.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as readonly unknown[];
    if (a.length !== other.length) return false;
    return a.every((x, i) => sameValue(x, other[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  if (keys.length !== Object.keys(rb).length) return false;
  return keys.every((k) => Object.hasOwn(rb, k) && sameValue(ra[k], rb[k]));
}

/**
 * `React.memo`'s comparison for components fed engine results: the engine returns new objects on
 * every evaluation, so props are compared by content (callbacks still by identity).
 */
export function sameProps<P extends object>(a: P, b: P): boolean {
  return sameValue(a, b);
}
