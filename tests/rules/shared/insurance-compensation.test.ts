import { roundOf } from "@/lib/engine/round";
import { describe, expect, it } from "vitest";
import { fact } from "@/lib/engine/conditions";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { ClauseContext } from "@/lib/engine/types";
import {
  INSURANCE_COMPENSATION_LABELS as LABEL,
  insuranceCompensationRules,
  type InsuranceCompensationParams,
} from "@/rules/shared/insurance-compensation";
import { profile } from "@/tests/helpers/profile";

type Item = { insuranceYear?: number; premium?: number; insuredAmount?: number };

const params = {
  firstYearRate: param.rate(percent(90), LABEL.firstYearRate),
  yearlyDecreasePoints: param.count(10, LABEL.yearlyDecreasePoints),
  maxPremiumRate: param.rate(percent(2), LABEL.maxPremiumRate),
  maxYears: param.years(3, LABEL.maxYears),
  yearlyCap: param.yuan(wan(500), LABEL.yearlyCap),
};
const rules = insuranceCompensationRules<Item>({
  path: "highEndEquipment.firstSetProducts[]",
  ownReads: ["highEndEquipment.firstSetProducts[].recognised"],
  own: () => [
    fact(t("经认定", "recognised"), true, ["highEndEquipment.firstSetProducts[].recognised"]),
  ],
});
const ctx = (item: Item): ClauseContext<Item, InsuranceCompensationParams> => ({
  profile: profile(),
  item,
  params,
  round: roundOf(2025),
  received: () => 0,
});

describe("the insurance compensation first-set and first-batch clauses share", () => {
  it("reads the clause's own facts, then the year, the premium and the insured amount", () => {
    expect(rules.reads).toEqual([
      "highEndEquipment.firstSetProducts[].recognised",
      "highEndEquipment.firstSetProducts[].insuranceYear",
      "highEndEquipment.firstSetProducts[].premium",
      "highEndEquipment.firstSetProducts[].insuredAmount",
    ]);
  });

  it("year 2, premium 1,000,000 on 100,000,000 insured: 80% × 1,000,000 = 800,000", () => {
    const c = ctx({ insuranceYear: 2, premium: 1_000_000, insuredAmount: 100_000_000 });
    expect(rules.conditions(c).map((x) => x.status)).toEqual(["met", "met", "met", "met"]);
    expect(rules.amount(c)).toMatchObject({ min: 0, max: 800_000 });
  });

  it("year 3 is the last supported; year 4 is not; an unanswered year is asked", () => {
    const year = (insuranceYear?: number) =>
      rules.conditions(ctx({ insuranceYear, premium: 1, insuredAmount: 1 }))[1]!;
    expect(year(3).status).toBe("met");
    expect(year(4)).toMatchObject({
      label: { zh: "最多可连续支持 3 年（第 1—3 个投保年度）" },
      status: "unmet",
    });
    expect(year(undefined)).toMatchObject({
      status: "unknown",
      facts: ["highEndEquipment.firstSetProducts[].insuranceYear"],
    });
  });
});
