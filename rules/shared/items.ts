import type { ProfilePath } from "@/lib/profile/paths";
import { t, type Text } from "@/lib/engine/text";
import type { ItemSource } from "@/lib/engine/types";
import type { EventProfile } from "@/lib/profile/years";

/** Items of the lists every policy may read. */
export type Loan = NonNullable<EventProfile["loans"]>[number];
export type Project = NonNullable<EventProfile["projects"]>[number];
export type Platform = NonNullable<EventProfile["platforms"]>[number];
export type SciTechProject = NonNullable<EventProfile["sciTechProjects"]>[number];

type Named = { readonly id: string; readonly name: string };

// One key and one label function for every named list keeps the engine's calls to them monomorphic.
const idOf = (x: Named): string => x.id;
const nameOf = (x: Named): string => x.name;

/**
 * A profile list whose items carry an id (the item key, shared across clauses and policies so
 * overlaps are found) and a name (the label).
 */
export function namedItems<I extends Named>(
  list: (profile: EventProfile) => readonly I[] | undefined,
  path: ProfilePath,
  noun: Text,
): ItemSource<I> {
  return { list, key: idOf, label: nameOf, path, noun };
}

export const loans = namedItems<Loan>((p) => p.loans, "loans", t("贷款", "loan"));
export const projects = namedItems<Project>((p) => p.projects, "projects", t("项目", "project"));
export const platforms = namedItems<Platform>(
  (p) => p.platforms,
  "platforms",
  t("平台", "platform"),
);
export const sciTechProjects = namedItems<SciTechProject>(
  (p) => p.sciTechProjects,
  "sciTechProjects",
  t("科技项目", "S&T project"),
);
