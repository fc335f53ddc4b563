import "server-only";
/** Errors the data layer throws; pages and routes turn them into 403 / 404 / 409 answers. */
export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = "forbidden") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class NotFoundError extends Error {
  readonly status = 404;
  constructor(message = "not found") {
    super(message);
    this.name = "NotFoundError";
  }
}

/**
 * credit-code-needed: a walk-in client has no 统一社会信用代码 yet, so no evaluation is saved.
 * other-enterprise: an imported self-check names another credit code than the client's.
 * consent-needed: a self-check is imported only with the enterprise's consent recorded.
 */
export type ConflictReason =
  | "stale-version"
  | "duplicate"
  | "wrong-state"
  | "credit-code-needed"
  | "other-enterprise"
  | "consent-needed";

/**
 * The change cannot be made as asked: someone else saved the record since it was read (optimistic
 * locking), a unique value is taken, or the record is not in a state that allows it.
 */
export class ConflictError extends Error {
  readonly status = 409;
  constructor(
    readonly reason: ConflictReason,
    message: string = reason,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

/** Only an admin may do this. */
export function requireAdmin(actor: { readonly role: string }): void {
  if (actor.role !== "admin") throw new ForbiddenError();
}
