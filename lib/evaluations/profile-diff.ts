/** Which facts of a profile changed between two versions: the "because" of a re-evaluation. */

export type FactChange = {
  /** The fact's path as the rules name it: "finance.current.revenue", "projects[].eligibleInvestment". */
  readonly path: string;
  /** For a fact inside a list: the item's id (or its position when it has none). */
  readonly item?: string;
  readonly before: unknown;
  readonly after: unknown;
};

type Leaf = { path: string; item?: string; value: unknown };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function flatten(value: unknown, path: string, item: string | undefined, out: Map<string, Leaf>) {
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "id" && item !== undefined) continue;
      flatten(v, path ? `${path}.${k}` : k, item, out);
    }
    return;
  }
  if (Array.isArray(value) && value.some(isPlainObject)) {
    value.forEach((element, index) => {
      const id =
        isPlainObject(element) && typeof element.id === "string" ? element.id : `#${index + 1}`;
      const itemKey = item === undefined ? id : `${item}/${id}`;
      flatten(element, `${path}[]`, itemKey, out);
    });
    return;
  }
  if (value === undefined) return;
  const key = `${path}\u0000${item ?? ""}`;
  out.set(key, { path, item, value: Array.isArray(value) ? [...value] : value });
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every leaf fact that was added, removed or changed, in a stable order. */
export function diffProfiles(before: unknown, after: unknown): FactChange[] {
  const a = new Map<string, Leaf>();
  const b = new Map<string, Leaf>();
  flatten(before, "", undefined, a);
  flatten(after, "", undefined, b);
  const keys = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: FactChange[] = [];
  for (const key of keys) {
    const x = a.get(key);
    const y = b.get(key);
    if (x && y && same(x.value, y.value)) continue;
    const leaf = (x ?? y)!;
    changes.push({
      path: leaf.path,
      ...(leaf.item !== undefined ? { item: leaf.item } : {}),
      before: x?.value,
      after: y?.value,
    });
  }
  return changes;
}

/** Whether a changed fact is one a clause reads ("projects[].year" covers any project's year). */
export function factIsRead(change: FactChange, reads: readonly string[]): boolean {
  return reads.some(
    (r) => change.path === r || change.path.startsWith(`${r}.`) || change.path.startsWith(`${r}[]`),
  );
}
