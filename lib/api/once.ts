/** Builds a value on first use and keeps it (documents that only change with a deployment). */
export function once<T>(build: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: build() }).v;
}
