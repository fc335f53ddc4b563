import { t } from "@/lib/engine/text";

/** Phrases many clauses share. */
export const L = {
  perItemCap: t("单个品种（项目）上限", "cap per item"),
  perEnterpriseYearCap: t("单个企业每年上限", "cap per enterprise per year"),
  receivedLowerTier: t("已获较低档奖励", "already received at a lower tier"),
  conservative: (zh: string, en: string) => t(`按较保守理解：${zh}`, `Conservative reading: ${en}`),
};
