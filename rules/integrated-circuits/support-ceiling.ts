import { Calc } from "@/lib/engine/calc";
import { percent, type Yuan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t, type Text } from "@/lib/engine/text";
import type { CapGroup, Step } from "@/lib/engine/types";
import type { Platform } from "../shared/items";
import type { IcProject } from "./shared";
import { edaTools, firstTapeOut, keyMaterialsEquipment } from "./tape-out-materials-eda";
import { platformOperation, techPlatformConstruction } from "./public-platforms";

const TEXT = "各级政府支持资金不超过企业项目全部投入的 30%。";

export const CEILING = param.rate(
  percent(30),
  t(
    "各级政府支持资金占企业项目全部投入的上限",
    "ceiling of all government support as a share of the project's total investment",
  ),
);

const LABEL = t(
  "各级政府支持资金上限（企业项目全部投入的 30%，四、(二)）",
  "ceiling on all government support (30% of the project's total investment, section 4, (2))",
);

/** 30 % of the project's total investment, less government support the project already received. */
export function ceilingOf(
  totalInvestment: Yuan | undefined,
  otherSupport: Yuan | undefined,
  base: Text,
): { cap: Yuan; steps: readonly Step[] } | undefined {
  if (totalInvestment === undefined) return undefined;
  let c = Calc.base(base, totalInvestment).rate(CEILING.value, CEILING.label);
  if (otherSupport === undefined) {
    c = c.note(
      t(
        "未填写已获其他各级政府支持资金，按 0 计",
        "no other government support entered; counted as 0",
      ),
    );
  } else {
    c = c.minus(otherSupport, t("已获其他各级政府支持资金", "government support already received"));
  }
  return { cap: c.value, steps: c.steps };
}

/** 三、(四): tape-out, materials and equipment, EDA clauses funding the same project share its ceiling. */
export const projectCeiling: CapGroup = {
  id: "integrated-circuits/ceiling-projects",
  label: LABEL,
  text: TEXT,
  clauses: [firstTapeOut.id, keyMaterialsEquipment.id, edaTools.id],
  scope: "item",
  cap: (members) => {
    const project = members[0]?.item as IcProject | undefined;
    return ceilingOf(
      project?.totalInvestment,
      project?.otherGovernmentSupport,
      t("企业项目全部投入", "the project's total investment"),
    );
  },
};

/** 三、(十三): construction and service subsidies of the same platform share its ceiling; the platform's investment is its construction investment. */
export const platformCeiling: CapGroup = {
  id: "integrated-circuits/ceiling-platforms",
  label: LABEL,
  text: TEXT,
  clauses: [techPlatformConstruction.id, platformOperation.id],
  scope: "item",
  cap: (members) => {
    const platform = members[0]?.item as Platform | undefined;
    return ceilingOf(
      platform?.constructionInvestment,
      platform?.otherGovernmentSupport,
      t(
        "平台项目全部投入（实际建设投入）",
        "the platform's total investment (construction investment)",
      ),
    );
  },
};
