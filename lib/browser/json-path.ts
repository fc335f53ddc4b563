/** A path into plain JSON: object keys and array indices. */
export type Segment = string | number;

export type JsonObject = { [key: string]: unknown };

const isObject = (v: unknown): v is JsonObject =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function getAt(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const key of path) {
    if (Array.isArray(node) && typeof key === "number") node = node[key];
    else if (isObject(node) && typeof key === "string") node = node[key];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `root` with `value` at `path`, creating objects on the way; `undefined` removes the
 * key (an unanswered question stays absent rather than null). Untouched branches are shared.
 */
export function setAt<T>(root: T, path: readonly Segment[], value: unknown): T {
  if (path.length === 0) return value as T;
  const [key, ...rest] = path as [Segment, ...Segment[]];
  if (typeof key === "number") {
    const list = Array.isArray(root) ? [...(root as unknown[])] : [];
    list[key] = setAt(list[key], rest, value);
    return list as T;
  }
  const obj: JsonObject = isObject(root) ? { ...root } : {};
  const next = setAt(obj[key], rest, value);
  if (next === undefined) delete obj[key];
  else obj[key] = next;
  return obj as T;
}

/** "biomedicine.drugs.0.rdInvestment", as parseProfile writes problem paths. */
export const pathKey = (path: readonly Segment[]): string => path.join(".");
