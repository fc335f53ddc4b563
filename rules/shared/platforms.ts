import { Calc } from "@/lib/engine/calc";
import { fact } from "@/lib/engine/conditions";
import type { Rate, Yuan } from "@/lib/engine/money";
import { t, type Text } from "@/lib/engine/text";
import type { AmountOutcome, Condition } from "@/lib/engine/types";
import type { Platform } from "./items";

/**
 * Innovation vouchers of recognised public service platforms (创新券: biomedicine/19-b,
 * synthetic-biology/13-b), on the same terms: the platform and its clients have no investment
 * relationship, and it is paid a share of its technology contract value, capped per platform.
 */

const NO_RELATION = t("服务双方无投资关联", "no investment relationship with the clients");
const NO_RELATION_FACTS = ["platforms[].noInvestmentRelation"] as const;
const CONTRACT_VALUE = t("技术合同金额", "technology contract value");

/** 服务双方须无投资关联情况. */
export const noRelationWithClients = (item: Platform): Condition =>
  fact(NO_RELATION, item.noInvestmentRelation, NO_RELATION_FACTS);

/** 不超过技术合同金额 x% 的创新券, 单个平台每年度最高: contract value × rate, capped. */
export const innovationVoucherAmount = ({
  item,
  params,
}: {
  readonly item: Platform;
  readonly params: {
    readonly rate: { readonly value: Rate };
    readonly cap: { readonly value: Yuan; readonly label: Text };
  };
}): AmountOutcome =>
  Calc.base(CONTRACT_VALUE, item.techContractValue!)
    .rate(params.rate.value)
    .cap(params.cap.value, params.cap.label)
    .upTo();
