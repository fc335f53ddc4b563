import "server-only";
import { withCheckChar } from "@/lib/clients/credit-code";
import { BATCH_COLUMNS, DISTRICTS, POLICY_NAMES_ZH } from "./columns";
import { POLICY_KEYS } from "@/lib/engine/types";

/** A small deterministic generator (mulberry32), so sample files are the same on every run. */
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` plausible enterprises in the template's columns (for benchmarks and tests): header row
 * first. Credit codes are valid and distinct.
 */
export function sampleSheet(
  count: number,
  seed = 1,
  options: { allPolicies?: boolean } = {},
): string[][] {
  const rnd = random(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const money = (max: number) => String(Math.round(rnd() * max));
  const rows: string[][] = [BATCH_COLUMNS.map((c) => c.header)];
  for (let i = 1; i <= count; i++) {
    const industries = [
      ...new Set([pick(POLICY_KEYS), ...(rnd() < 0.3 ? [pick(POLICY_KEYS)] : [])]),
    ];
    const revenue = Number(money(2_000_000_000));
    const values: Record<string, string> = {
      "enterprise.name": `杭州样例企业${i}有限公司`,
      "enterprise.creditCode": withCheckChar(`91330100MA2${String(i).padStart(6, "0")}`),
      "enterprise.district": pick(DISTRICTS),
      "enterprise.industries": options.allPolicies
        ? ""
        : industries.map((k) => POLICY_NAMES_ZH[k]).join("、"),
      "enterprise.registeredInHangzhou": rnd() < 0.95 ? "是" : "否",
      "enterprise.aboveDesignatedSize": rnd() < 0.6 ? "是" : "否",
      "enterprise.sme": rnd() < 0.7 ? "是" : "否",
      "enterprise.reportingYear": "2025",
      "finance.current.revenue": String(revenue),
      "finance.previous.revenue": String(Math.round(revenue * (0.7 + rnd() * 0.5))),
      "finance.twoYearsAgo.revenue": rnd() < 0.5 ? String(Math.round(revenue * 0.6)) : "",
      "finance.current.rdExpense": String(Math.round(revenue * rnd() * 0.15)),
      "finance.previous.rdExpense": String(Math.round(revenue * rnd() * 0.12)),
      "finance.current.outputValue": rnd() < 0.5 ? money(3_000_000_000) : "",
      "finance.previous.outputValue": rnd() < 0.5 ? money(3_000_000_000) : "",
      "finance.current.valueAdded": rnd() < 0.3 ? money(500_000_000) : "",
      "finance.current.cityRetainedContribution": rnd() < 0.4 ? money(50_000_000) : "",
      "finance.previous.cityRetainedContribution": rnd() < 0.4 ? money(50_000_000) : "",
    };
    rows.push(BATCH_COLUMNS.map((c) => values[c.path] ?? ""));
  }
  return rows;
}
