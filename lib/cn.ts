export type ClassValue = string | false | null | undefined;

/** Joins the class names that are set. It does not merge conflicting Tailwind utilities. */
export function cn(...classes: ClassValue[]): string {
  return classes.filter(Boolean).join(" ");
}
