import { Calc } from "@/lib/engine/calc";
import type { Yuan } from "@/lib/engine/money";
import type { Text } from "@/lib/engine/text";
import type { AmountOutcome } from "@/lib/engine/types";

type Sum = { readonly value: Yuan; readonly label: Text };

/** 给予最高 N 元资助: the estimate runs from 0 to the `cap` parameter. */
export const upToCap = ({ params }: { readonly params: { readonly cap: Sum } }): AmountOutcome =>
  Calc.fixed(params.cap.label, params.cap.value).upTo();

/** 给予最高 N 元奖励: the estimate runs from 0 to the `award` parameter. */
export const upToAward = ({
  params,
}: {
  readonly params: { readonly award: Sum };
}): AmountOutcome => Calc.fixed(params.award.label, params.award.value).upTo();
