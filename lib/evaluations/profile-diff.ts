/** Which facts of a profile changed between two versions: the "because" of a re-evaluation. */

export type FactChange = {
  /** The fact's path as the rules name it: "finance.current.revenue", "projects[].eligibleInvestment". */
  readonly path: string;
  /** For a fact inside a list: the item's id (or its position when it has none). */
  readonly item?: string;
  /**
   * For a fact inside a list: how a reader knows the item — its name, else its position (1-based);
   * one entry per level of nesting. Never the internal id.
   */
  readonly itemLabel?: readonly ItemRef[];
  readonly before: unknown;
  readonly after: unknown;
};

export type ItemRef = { readonly name?: string; readonly position: number };

type Leaf = { path: string; item?: string; itemLabel?: readonly ItemRef[]; value: unknown };

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function flatten(
  value: unknown,
  path: string,
  item: string | undefined,
  out: Map<string, Leaf>,
  itemLabel?: readonly ItemRef[],
) {
  if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) {
      if (k === "id" && item !== undefined) continue;
      flatten(v, path ? `${path}.${k}` : k, item, out, itemLabel);
    }
    return;
  }
  if (Array.isArray(value) && value.some(isPlainObject)) {
    value.forEach((element, index) => {
      const id =
        isPlainObject(element) && typeof element.id === "string" ? element.id : `#${index + 1}`;
      const itemKey = item === undefined ? id : `${item}/${id}`;
      const name =
        isPlainObject(element) && typeof element.name === "string" && element.name.trim()
          ? element.name.trim()
          : undefined;
      const ref: ItemRef = name ? { name, position: index + 1 } : { position: index + 1 };
      flatten(element, `${path}[]`, itemKey, out, [...(itemLabel ?? []), ref]);
    });
    return;
  }
  if (value === undefined) return;
  const key = `${path}\u0000${item ?? ""}`;
  out.set(key, { path, item, itemLabel, value: Array.isArray(value) ? [...value] : value });
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
    // The item as it is called now (or was, if it is gone).
    const itemLabel = (y ?? x)!.itemLabel;
    changes.push({
      path: leaf.path,
      ...(leaf.item !== undefined ? { item: leaf.item } : {}),
      ...(itemLabel ? { itemLabel } : {}),
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
