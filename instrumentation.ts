/**
 * Runs once when a server process starts (Next.js instrumentation): batch jobs interrupted by a
 * crash or restart are picked up again, then checked for every STALE_LEASE_MS.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build")
    return;
  const { resumeInterruptedJobs, STALE_LEASE_MS } = await import("@/lib/data/batch-runner");
  const sweep = () =>
    resumeInterruptedJobs().catch((error: unknown) =>
      console.error("[batch] resuming interrupted jobs failed:", error),
    );
  // A moment after start, so that the server is listening first.
  setTimeout(sweep, 2_000).unref();
  setInterval(sweep, STALE_LEASE_MS).unref();
}
