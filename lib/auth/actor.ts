/** Who is acting: the logged-in staff member, as the data layer needs them. */
export const ROLES = ["admin", "staff"] as const;
export type Role = (typeof ROLES)[number];

export type Actor = {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** The centre of a staff member; admins may have none. */
  readonly centreId: string | null;
  readonly centreName: string | null;
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Admins see every centre; staff only their own. */
export function canSeeCentre(actor: Actor, centreId: string): boolean {
  return actor.role === "admin" || actor.centreId === centreId;
}
