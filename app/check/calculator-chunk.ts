/** What the self-check loads after the page: every policy's rules, the engine and the results. */
export { fullEngine } from "@/lib/browser/engine-full";
export { LiveResults } from "@/components/results/live-results";
