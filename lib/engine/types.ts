import type { Rate, Yuan } from "./money";
import type { Text } from "./text";
import type { EventProfile } from "@/lib/profile/years";
import type { ProfilePath } from "@/lib/profile/paths";
import type { Round } from "./round";

export type { ProfilePath };

export const POLICY_KEYS = [
  "biomedicine",
  "high-end-equipment",
  "new-materials",
  "green-energy",
  "integrated-circuits",
  "software",
  "artificial-intelligence",
  "visual-intelligence",
  "synthetic-biology",
] as const;
export type PolicyKey = (typeof POLICY_KEYS)[number];

export const BENEFICIARIES = [
  "enterprise",
  "platform",
  "medical-institution",
  "organization",
  "park-investor",
  "fund-manager",
  "university-or-institute",
  "district-government",
] as const;
export type Beneficiary = (typeof BENEFICIARIES)[number];

/** formula 计算 / fixed 定额 / up-to 最高 / unspecified 未明确金额 / non-monetary 非资金支持 */
export const CLAUSE_KINDS = ["formula", "fixed", "up-to", "unspecified", "non-monetary"] as const;
export type ClauseKind = (typeof CLAUSE_KINDS)[number];

/** An ISO date, YYYY-MM-DD. */
export type IsoDate = string;

export type Validity = { readonly from: IsoDate; readonly to: IsoDate };

/**
 * Who a policy is for (适用范围, readings rule 13), cited from the text. The engine adds it as the
 * first condition of every clause whose beneficiary it binds, read from the applicant's fields.
 */
export type PolicyScope = {
  /** The article that states it ("一、"), its heading and page. */
  readonly article: string;
  readonly heading: string;
  readonly page: number;
  /** The sentence of the text, verbatim. */
  readonly text: string;
  /** The condition as a reader sees it: "从事生物医药相关领域研发、生产、服务的单位". */
  readonly label: Text;
  /** The kinds of applicant the article binds; others are judged by their clauses alone. */
  readonly binds: readonly Beneficiary[];
  /** How the article was read, where it is open (e.g. no 适用范围 article: the title's industry). */
  readonly reading?: Text;
};

export type Policy = {
  readonly key: PolicyKey;
  readonly title: string;
  readonly shortName: Text;
  readonly description: Text;
  readonly issued: string;
  readonly validity: Validity;
  readonly validityText: string;
  readonly file: string;
  readonly scope: PolicyScope;
};

/** A parameter as the text states it. Formulas read parameters, never literals. */
export type Param =
  | { readonly unit: "yuan"; readonly value: Yuan; readonly label: Text }
  | { readonly unit: "rate"; readonly value: Rate; readonly label: Text }
  | { readonly unit: "count"; readonly value: number; readonly label: Text }
  | { readonly unit: "years"; readonly value: number; readonly label: Text }
  /** A calendar year the text names (2023 年起): "2023 年" / "2023", never "2,023". */
  | { readonly unit: "year"; readonly value: number; readonly label: Text }
  | { readonly unit: "area-m2"; readonly value: number; readonly label: Text }
  | { readonly unit: "tiers"; readonly value: readonly Tier[]; readonly label: Text }
  | {
      readonly unit: "table";
      readonly value: Readonly<Record<string, Yuan | Rate>>;
      readonly label: Text;
      /** What each row is called ("1 类新药"): the keys are internal and never shown. */
      readonly rows?: Readonly<Record<string, Text>>;
    };

export type Tier = {
  /** The threshold of the tier, in the unit of the measured value (yuan unless stated). */
  readonly threshold: number;
  readonly amount: Yuan;
  readonly label: Text;
};

export type Params = Readonly<Record<string, Param>>;

export type ConditionStatus = "met" | "unmet" | "unknown" | "to-win";

/** A numeric gap to a threshold, for near misses: "年营收 4.8 亿元，距 5 亿元还差 0.2 亿元". */
export type Gap = {
  readonly actual: number;
  readonly required: number;
  /** "year": a calendar year (2025), never grouped like money. */
  readonly unit: "yuan" | "count" | "percent" | "area-m2" | "number" | "year";
  /** ">=" for 达到/以上, ">" for 超过. */
  readonly comparator: ">=" | ">";
};

export type Condition = {
  readonly label: Text;
  readonly status: ConditionStatus;
  /** EventProfile paths that settle this condition (for needs-info questions). */
  readonly facts: readonly ProfilePath[];
  readonly gap?: Gap;
};

export type Step =
  | { readonly op: "base"; readonly label: Text; readonly value: number; readonly unit?: Text }
  | { readonly op: "rate"; readonly label?: Text; readonly rate: Rate; readonly result: Yuan }
  | {
      readonly op: "cap";
      readonly label: Text;
      readonly cap: Yuan;
      readonly result: Yuan;
      /** The amount the cap was applied to (absent in results saved before it was recorded). */
      readonly before?: Yuan;
      /** What was left of a cap shared with amounts counted before this one, where less than all. */
      readonly left?: Yuan;
    }
  | {
      readonly op: "steps";
      readonly increment: Yuan;
      readonly perStep: Yuan;
      readonly count: number;
      readonly result: Yuan;
    }
  | { readonly op: "minus"; readonly label: Text; readonly value: Yuan; readonly result: Yuan }
  | { readonly op: "plus"; readonly label: Text; readonly value: Yuan; readonly result: Yuan }
  | { readonly op: "amount"; readonly label: Text; readonly value: Yuan }
  | { readonly op: "times"; readonly label: Text; readonly count: number; readonly result: Yuan }
  | { readonly op: "sum"; readonly label: Text; readonly result: Yuan }
  | { readonly op: "note"; readonly text: Text };

export type Amount = { readonly min: Yuan; readonly max: Yuan };

/** What one clause's amount function returns for one item. */
export type AmountOutcome = Amount & { readonly steps: readonly Step[] };

export type ClauseContext<I, P extends Params> = {
  readonly profile: EventProfile;
  readonly item: I;
  readonly params: P;
  /** The application round evaluated: its events are those of `round.eventYear`. */
  readonly round: Round;
  /** Sum of awards the profile says were already received under a clause (for paying the difference). */
  readonly received: (clauseId: string, itemKey?: string) => Yuan;
  /**
   * The clause's validity (the policy's, narrowed by the clause's own), for rules that date an
   * item against it (a loan drawn before the policy took effect). Always set by the engine.
   */
  readonly validity?: Validity;
};

/** Items a clause is applied to; `undefined` means the profile has not answered (needs info). */
export type ItemSource<I> = {
  readonly list: (profile: EventProfile) => readonly I[] | undefined;
  readonly key: (item: I) => string;
  readonly label: (item: I) => string;
  /** The label in English where it differs (an honour's kind); else `label` serves both languages. */
  readonly labelEn?: (item: I) => string;
  /** The profile path of the list, asked when it is unanswered. */
  readonly path: ProfilePath;
  readonly noun: Text;
};

export type Clause<I = EventProfile, P extends Params = Params> = {
  readonly id: string;
  readonly policy: PolicyKey;
  readonly article: string;
  readonly page: number;
  readonly heading: string;
  readonly leadDepartment: string;
  readonly beneficiary: Beneficiary;
  readonly kind: ClauseKind;
  /** 经评审 / 评选: the department still decides. */
  readonly requiresReview: boolean;
  /** The original wording, verbatim from the policy file. */
  readonly text: string;
  readonly summary: Text;
  /** What the applicant needs (documents, recognitions); shown in the library and for unspecified amounts. */
  readonly needs?: Text;
  /** Readings taken where the text is open (readings.md), shown in the trace. */
  readonly readings?: readonly Text[];
  /** Validity narrower than the policy's, e.g. awards counted from 2023. */
  readonly validity?: Partial<Validity>;
  readonly params: P;
  /**
   * Later versions of some parameters, keyed by the day they take effect (an amendment or a
   * successor text): `{ "2026-01-01": { cap: param.yuan(…) } }`. The version in force on the first
   * day of the round's event year applies.
   */
  readonly amendedParams?: Readonly<Record<IsoDate, Partial<P>>>;
  /** EventProfile paths the clause reads; the wizard asks exactly these. */
  readonly reads: readonly ProfilePath[];
  readonly items?: ItemSource<I>;
  /**
   * Why the policy's scope (适用范围) does not bind this clause: the text names applicants outside
   * the field (终端厂商 using chips, 中小企业 buying compute). Absent: the scope binds.
   */
  readonly outsideScope?: Text;
  /**
   * 不得同时享受 across years (readings rule 14): an award the profile records as received under
   * one of these clauses for the same item rules this clause out for it.
   */
  readonly excludedByAwards?: { readonly clauses: readonly string[]; readonly label: Text };
  /** Items in the same exclusive group with the same key are paid once, at the best clause (从优、就高、不重复). */
  readonly exclusiveGroup?: string;
  /**
   * A cap on the clause's total across its items (e.g. 每家企业每年不超过). `param` names the
   * parameter it is (`amount` is that parameter's value), so an amendment of the parameter moves
   * the cap too: the engine reads it from the round's parameters.
   */
  readonly clauseCap?: {
    readonly amount: Yuan;
    readonly label: Text;
    readonly param?: keyof P & string;
  };
  readonly conditions: (ctx: ClauseContext<I, P>) => readonly Condition[];
  /** Required for formula / fixed / up-to clauses; absent for unspecified and non-monetary ones. */
  readonly amount?: (ctx: ClauseContext<I, P>) => AmountOutcome;
};

// The registry holds clauses of many item and parameter types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyClause = Clause<any, any>;

/** A cap shared by several clauses, per enterprise and year or per item (e.g. IC's 30 % ceiling). */
export type CapGroup = {
  readonly id: string;
  readonly label: Text;
  readonly text: string;
  readonly clauses: readonly string[];
  readonly scope: "enterprise" | "item";
  /** A fixed cap, or one computed from the items paid (the ceiling as a share of an investment). */
  readonly cap:
    | Yuan
    | ((
        // Members' items come from different clauses' lists, so their type is open.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        members: readonly { clauseId: string; item: any }[],
        profile: EventProfile,
      ) => { cap: Yuan; steps: readonly Step[] } | undefined);
};

export type PolicyRules = {
  readonly policy: Policy;
  /** English renderings of the articles' headings, keyed by the Chinese heading (the citation). */
  readonly headingsEn?: Readonly<Record<string, string>>;
  readonly clauses: readonly AnyClause[];
  readonly capGroups?: readonly CapGroup[];
};

export type {
  Certainty,
  CertaintySplit,
  ClauseResult,
  ClauseStatus,
  EvaluationResult,
  ItemResult,
  PolicyRoundResult,
  PolicyStatus,
  PolicyTotal,
  Totals,
} from "./result-types";
