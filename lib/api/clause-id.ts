function decode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/**
 * A clause id from the catch-all segments of /clauses/[...id]: "biomedicine/3" arrives as
 * ["biomedicine", "3"], or as one segment "biomedicine%2F3" when the slash was encoded.
 */
export function clauseIdFromSegments(segments: readonly string[] | string | undefined): string {
  const list = typeof segments === "string" ? [segments] : (segments ?? []);
  return list.map((s) => (/%[0-9a-f]{2}/i.test(s) ? decode(s) : s)).join("/");
}
