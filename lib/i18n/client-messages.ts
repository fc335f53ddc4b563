import type { Messages } from "./messages";

/** Namespaces only server components read (with getTranslations): never sent to the browser. */
export const SERVER_ONLY_NAMESPACES = [
  "meta",
  "home",
  "library",
  "apiDocs",
  "notFound",
  "forbidden",
] as const;

/** Namespaces only the staff pages' client components read: sent under /staff only. */
export const STAFF_NAMESPACES = ["staff", "dashboard"] as const;

const left = (out: readonly string[]) => (key: string) => !out.includes(key);

/**
 * The messages the browser needs: every page's client components read from one provider, so it
 * carries all namespaces they use and none that only the server renders. Public pages leave out
 * the staff workspace's strings, about half of all the text.
 */
export function clientMessages(messages: Messages, { staff = false } = {}): Partial<Messages> {
  const out: readonly string[] = staff
    ? SERVER_ONLY_NAMESPACES
    : [...SERVER_ONLY_NAMESPACES, ...STAFF_NAMESPACES];
  return Object.fromEntries(Object.entries(messages).filter(([key]) => left(out)(key)));
}
