import { known } from "@/lib/engine/conditions";
import { asPercent, percent, type Yuan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import type { ProfilePath } from "@/lib/profile/paths";

/** 四、(二): 各级政府支持资金不超过企业项目全部投入的 30%. */
export const CEILING = param.rate(
  percent(30),
  t(
    "各级政府支持资金占企业项目全部投入的上限",
    "ceiling of all government support as a share of the project's total investment",
  ),
);

const PCT = asPercent(CEILING.value);

export const CEILING_LABEL = t(
  `各级政府支持资金上限（企业项目全部投入的 ${PCT}%，四、(二)）`,
  `ceiling on all government support (${PCT}% of the project's total investment, section 4, (2))`,
);

export const PLATFORM_CEILING_READING = t(
  `平台的“企业项目全部投入”按其实际建设投入计；未填写实际建设投入或已获其他各级政府支持资金时无法核对 ${PCT}% 上限，先请补充`,
  `A platform's total investment is read as its construction investment; without it, or without the government support already received, the ${PCT}% ceiling cannot be checked, so both are asked`,
);

/**
 * What the ceiling needs before any amount can be promised: the total investment and the support
 * already received. Unanswered, the clause asks (needs-info) rather than counting the support as 0.
 */
export function ceilingConditions(
  total: {
    readonly value: Yuan | undefined;
    readonly fact: ProfilePath;
    readonly zh: string;
    readonly en: string;
  },
  otherSupport: { readonly value: Yuan | undefined; readonly fact: ProfilePath },
): Condition[] {
  return [
    known(
      t(
        `${total.zh}（核对各级政府支持不超过 ${PCT}%）`,
        `${total.en} (to check the ${PCT}% ceiling)`,
      ),
      total.value,
      [total.fact],
    ),
    known(
      t(
        `已获其他各级政府支持资金（核对 ${PCT}% 上限；没有请填 0）`,
        `government support already received (to check the ${PCT}% ceiling; enter 0 if none)`,
      ),
      otherSupport.value,
      [otherSupport.fact],
    ),
  ];
}
