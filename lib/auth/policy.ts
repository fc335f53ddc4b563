/** Session and login-throttle rules. Pure: every function takes the time as an argument. */

/** A session ends after 8 hours without a request… */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
/** …and 7 days after login in any case. */
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
/** lastSeenAt is written at most once a minute per session. */
export const SESSION_TOUCH_MS = 60 * 1000;

export type SessionTimes = { readonly lastSeenAt: Date; readonly expiresAt: Date };

export function sessionIsLive(session: SessionTimes, now: Date): boolean {
  return (
    now.getTime() < session.expiresAt.getTime() &&
    now.getTime() - session.lastSeenAt.getTime() < SESSION_IDLE_MS
  );
}

export function sessionNeedsTouch(session: SessionTimes, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}

/** Failures before the next attempt must wait. */
export const FREE_ATTEMPTS = 3;
/** Failures (per e-mail address) that lock the account. */
export const LOCK_AFTER = 10;
/** Failures from one client address that lock that address (it may be trying many accounts). */
export const IP_LOCK_AFTER = 50;
export const LOCK_MS = 15 * 60 * 1000;
/** Failures older than this no longer count. */
export const FAILURE_WINDOW_MS = 60 * 60 * 1000;
export const MAX_DELAY_MS = 30 * 1000;

export type ThrottleState = {
  readonly failures: number;
  readonly lastFailureAt: Date | null;
  readonly lockedUntil: Date | null;
};

export type ThrottleDecision =
  | { readonly allowed: true }
  | { readonly allowed: false; readonly reason: "locked" | "slow-down"; readonly retryAt: Date };

/** The wait imposed after `failures` failures in a row: none for the first 3, then 1, 2, 4 … 30 s. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS));
}

/** Whether a login attempt may be checked now, given the counter of its key. */
export function throttleDecision(state: ThrottleState | null, now: Date): ThrottleDecision {
  if (!state) return { allowed: true };
  if (state.lockedUntil && state.lockedUntil.getTime() > now.getTime())
    return { allowed: false, reason: "locked", retryAt: state.lockedUntil };
  if (!state.lastFailureAt || now.getTime() - state.lastFailureAt.getTime() > FAILURE_WINDOW_MS)
    return { allowed: true };
  const retryAt = new Date(state.lastFailureAt.getTime() + delayAfter(state.failures));
  return retryAt.getTime() > now.getTime()
    ? { allowed: false, reason: "slow-down", retryAt }
    : { allowed: true };
}

/** The counter after one more failure. */
export function afterFailure(
  state: ThrottleState | null,
  now: Date,
  lockAfter: number = LOCK_AFTER,
): ThrottleState {
  const stale =
    !state?.lastFailureAt || now.getTime() - state.lastFailureAt.getTime() > FAILURE_WINDOW_MS;
  const lockExpired = state?.lockedUntil && state.lockedUntil.getTime() <= now.getTime();
  const failures = (stale || lockExpired ? 0 : state!.failures) + 1;
  return {
    failures,
    lastFailureAt: now,
    lockedUntil: failures >= lockAfter ? new Date(now.getTime() + LOCK_MS) : null,
  };
}
