export { amountText, clauseAmountText } from "@/lib/engine/format";
export { clauseTitle } from "@/lib/library";
export { factLabel } from "@/lib/profile/labels";
