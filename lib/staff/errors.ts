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

/** Someone else saved the record since it was read (optimistic locking). */
export class ConflictError extends Error {
  readonly status = 409;
  constructor(
    readonly reason: "stale-version" | "duplicate-credit-code" | "wrong-state",
    message = reason,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

export function isAccessError(error: unknown): error is ForbiddenError | NotFoundError {
  return error instanceof ForbiddenError || error instanceof NotFoundError;
}
