/**
 * The life of a batch job as one table: which action moves a job from which states to which.
 * The data layer (lib/data/batch.ts) and the runner (lib/data/batch-runner.ts) read it, so the
 * state machine is written once.
 */
/**
 * rejected: the file itself is unusable · needs-decision: some rows are bad, the good ones are
 * staged but not imported · ready: imported, not yet evaluated · queued · running · done · failed ·
 * discarded.
 */
export const BATCH_STATUSES = [
  "rejected",
  "needs-decision",
  "ready",
  "queued",
  "running",
  "done",
  "failed",
  "discarded",
] as const;
export type BatchStatus = (typeof BATCH_STATUSES)[number];

export const BATCH_TRANSITIONS = {
  /** The user chose to go on with the good rows of a file that had bad ones. */
  import: { from: ["needs-decision"], to: "ready" },
  discard: { from: ["needs-decision", "ready", "rejected"], to: "discarded" },
  queue: { from: ["ready"], to: "queued" },
  /** A worker takes a queued job, or a running one whose worker went quiet (stale lease). */
  claim: { from: ["queued", "running"], to: "running" },
  finish: { from: ["running"], to: "done" },
  fail: { from: ["running"], to: "failed" },
} as const satisfies Record<string, { from: readonly BatchStatus[]; to: BatchStatus }>;

export type BatchAction = keyof typeof BATCH_TRANSITIONS;
