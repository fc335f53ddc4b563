import type { Lang } from "@/lib/engine/text";
import { didYouMean } from "./did-you-mean";
import type { FieldProblem } from "./parse";
import type { Profile } from "./schema";
import { jsonPath } from "./unknown-keys";

const LABELS = {
  projectId: { zh: "用于的投资项目（编号）", en: "Project financed (ID)" },
  clauseId: { zh: "条款编号", en: "Clause ID" },
  loanYear: { zh: "贷款年度（放款年份）", en: "Year of the loan (year drawn)" },
};

const suggestion = (guess: string | undefined, lang: Lang): string =>
  guess ? (lang === "zh" ? `；是否应为“${guess}”？` : `. Did you mean “${guess}”?`) : "";

/**
 * References between parts of a profile that the schema alone cannot check: a loan's project must
 * be one of the profile's investment projects, its year must be that of its date drawn when both
 * are given, and an award received must name a clause of the rules (`clauseIds`). One problem per dangling reference, with the closest id as a suggestion.
 */
export function referenceProblems(
  profile: Profile,
  clauseIds: ReadonlySet<string>,
  lang: Lang,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const projectIds = (profile.projects ?? []).map((p) => p.id);
  (profile.loans ?? []).forEach((loan, i) => {
    if (loan.projectId === undefined || projectIds.includes(loan.projectId)) return;
    const at = jsonPath(["loans", i, "projectId"]);
    const guess = didYouMean(loan.projectId, projectIds);
    problems.push({
      path: `loans.${i}.projectId`,
      label: LABELS.projectId[lang],
      message:
        (lang === "zh"
          ? `“贷款与债券”第 ${i + 1} 项所用的投资项目“${loan.projectId}”不在“投资项目”中（${at}），请填写其中某一项的编号`
          : `The project “${loan.projectId}” of “Loans and bonds” no. ${i + 1} is not among the investment projects (${at}); give the ID of one of them`) +
        suggestion(guess, lang),
    });
  });
  (profile.loans ?? []).forEach((loan, i) => {
    const drawn = loan.drawnOn ? Number(loan.drawnOn.slice(0, 4)) : undefined;
    if (drawn === undefined || loan.year === undefined || loan.year === drawn) return;
    const at = jsonPath(["loans", i, "year"]);
    problems.push({
      path: `loans.${i}.year`,
      label: LABELS.loanYear[lang],
      message:
        lang === "zh"
          ? `“贷款与债券”第 ${i + 1} 项的贷款年度 ${loan.year} 与放款日期 ${loan.drawnOn} 不一致（${at}）`
          : `The year ${loan.year} of “Loans and bonds” no. ${i + 1} does not match its date drawn, ${loan.drawnOn} (${at})`,
    });
  });
  (profile.awardsReceived ?? []).forEach((award, i) => {
    if (clauseIds.has(award.clauseId)) return;
    const at = jsonPath(["awardsReceived", i, "clauseId"]);
    const guess = didYouMean(award.clauseId, [...clauseIds]);
    problems.push({
      path: `awardsReceived.${i}.clauseId`,
      label: LABELS.clauseId[lang],
      message:
        (lang === "zh"
          ? `“已获奖补”第 ${i + 1} 项的条款“${award.clauseId}”不是任何政策的条款（${at}），请填写政策条款的编号，如 biomedicine/4-a`
          : `The clause “${award.clauseId}” of “Awards already received” no. ${i + 1} is not a clause of any policy (${at}); give a clause ID such as biomedicine/4-a`) +
        suggestion(guess, lang),
    });
  });
  return problems;
}
