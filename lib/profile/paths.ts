import type { EventProfile } from "./years";

/** Plain objects of the profile (sections, list items); not arrays, not primitives. */
type Section = Record<string, unknown>;

/**
 * Every path into a profile shape, with "[]" after a list: "finance.current.revenue",
 * "projects", "biomedicine.drugs[].rdInvestment". Derived from the zod schema's output type, so
 * a renamed or misspelled field is a type error wherever a path is written.
 */
export type PathsOf<T> = {
  [K in keyof T & string]-?: NonNullable<T[K]> extends readonly (infer E)[]
    ? NonNullable<E> extends Section
      ? K | `${K}[].${PathsOf<NonNullable<E>>}`
      : K
    : NonNullable<T[K]> extends Section
      ? K | `${K}.${PathsOf<NonNullable<T[K]>>}`
      : K;
}[keyof T & string];

/** A path into the enterprise profile (a fact a condition cites, a list a clause reads). */
export type ProfilePath = PathsOf<EventProfile>;

/** The paths inside the items of the list at `L`: ItemPath<"projects"> = "projects[].eligibleInvestment" | … */
export type ItemPath<L extends string> = Extract<ProfilePath, `${L}[].${string}`>;

/** The value type at a path of `T`: a list's segment ("drugs[]") steps into its items. */
export type ValueAt<T, P extends string> = P extends `${infer K}.${infer Rest}`
  ? K extends `${infer L}[]`
    ? L extends keyof T
      ? NonNullable<T[L]> extends readonly (infer E)[]
        ? ValueAt<NonNullable<E>, Rest>
        : never
      : never
    : K extends keyof T
      ? ValueAt<NonNullable<T[K]>, Rest> | (undefined extends T[K] ? undefined : never)
      : never
  : P extends keyof T
    ? T[P]
    : never;

/** Paths outside any list, read from the profile itself. */
export type ProfileFieldPath = Exclude<ProfilePath, `${string}[]${string}`>;
/** Paths of a list item's fields, read from the item: "loans[].amount". */
export type ItemFieldPath = Extract<ProfilePath, `${string}[].${string}`>;

const segments = new Map<string, readonly string[]>();
function segmentsOf(path: string, from: number): readonly string[] {
  let s = segments.get(path);
  if (!s) {
    s = path.slice(from).split(".");
    segments.set(path, s);
  }
  return s;
}

function walk(value: unknown, parts: readonly string[]): unknown {
  let v = value;
  for (const part of parts) {
    if (v === undefined || v === null) return undefined;
    v = (v as Record<string, unknown>)[part];
  }
  return v;
}

/**
 * The value at `path` and the one fact it cites, from the same path: spread it into a condition,
 * `fact(label, ...at(profile, "enterprise.aboveDesignatedSize"))`.
 */
export function at<P extends ProfileFieldPath>(
  profile: EventProfile,
  path: P,
): readonly [ValueAt<EventProfile, P> | undefined, readonly [P]] {
  return [walk(profile, segmentsOf(path, 0)) as ValueAt<EventProfile, P> | undefined, [path]];
}

/** The same for a field of a list's item: `known(label, ...atItem(loan, "loans[].amount"))`. */
export function atItem<P extends ItemFieldPath>(
  item: unknown,
  path: P,
): readonly [ValueAt<EventProfile, P> | undefined, readonly [P]] {
  const field = segmentsOf(path, path.lastIndexOf("[].") + 3);
  return [walk(item, field) as ValueAt<EventProfile, P> | undefined, [path]];
}
