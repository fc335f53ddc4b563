import { t, type Text } from "@/lib/engine/text";

export type ChangelogEntry = {
  /** The rules version (registry.version) the entry describes. */
  readonly version: string;
  /** When the version was released, YYYY-MM-DD. */
  readonly date: string;
  /** What changed for a reader of the results, one sentence each. */
  readonly changes: readonly Text[];
};

/**
 * What changed in each version of the rules, newest first. The current version must have an entry
 * (tests/rules/version.test.ts names it when it is missing); the staff workspace and
 * GET /api/v1/rules show them.
 */
export const RULES_CHANGELOG: readonly ChangelogEntry[] = [
  {
    version: "2026.11+913bc940",
    date: "2026-12-06",
    changes: [
      t(
        "企业档案第 2 版：年度经营数据按自然年填写（如 2025 年营业收入），规则按申报所属年度（事项年度）读取当年、上一年和前两年的数据；不再单独填写“申报年度”，获证后年限、奖补起算年份等按事项年度判断。第 1 版档案自动转换，金额不变。",
        "Profile version 2: yearly figures are entered by calendar year (revenue 2025), and the rules read the event year's, the year before's and the one before that's; there is no separate reporting year any more, and windows such as “within 3 years of certification” or “awards counted from 2023” are judged on the event year. Version-1 profiles are converted, with the same amounts.",
      ),
      t(
        "计算过程和条件中的年度数据写明自然年（如“2024 年营业收入”“2025 年销售额较 2024 年增长”），不再写“本年度”“上年度”。",
        "Conditions and calculation steps name the calendar years of the figures they read (“revenue 2024”, “sales grew 2024 → 2025”) instead of “this year” and “last year”.",
      ),
    ],
  },
  {
    version: "2026.11+f8f0cd0e",
    date: "2026-12-05",
    changes: [
      t(
        "英文界面中，各条款“所需材料”等说明里的主管部门改用英文名称（中文名称仍见原文引用）；金额不变。",
        "In English, the departments named in the clauses' documents and notes are given in English (the Chinese names stay in the quoted text); amounts are unchanged.",
      ),
      t(
        "规则可按生效日期保存政策修订后的参数（如上限调整），按申报所属年度 1 月 1 日有效的版本计算，条款的年度上限随之调整；现行政策尚无修订，金额不变。",
        "Rules can hold an amendment's parameters by the day they take effect (a changed cap, say), and a round uses the version in force on 1 January of its event year, the clause's yearly cap included; no policy is amended yet, so amounts are unchanged.",
      ),
      t(
        "解读约定第 2 条在各政策一致适用：原文按确定比例给予、“最高”只限定上限的条款（集成电路第三（十三）条、软件第（四）条首版次软件和第（七）条平台运营）估算为按比例计算的确定金额（以上限为限）；声明“均为最高标准”的政策（绿色能源零碳园区、绿色低碳工厂）改为估算 0 至该金额。",
        "Readings rule 2 is applied alike in every policy: clauses whose text fixes the rate and whose “最高” (at most) bounds only the cap (integrated circuits 3(13), software (4) first-version software and (7) platform operation) are estimated at the rate's amount, held to the cap; in policies whose standards are all maxima (green energy: zero-carbon parks, green low-carbon factories) the estimate now runs from 0 to that amount.",
      ),
      t(
        "集成电路政策第三（四）条与第三（十三）条：未填写已获其他各级政府支持资金时不再按 0 计，而是请先补充（30% 上限需要它）；公共服务平台补助（十三）也须先填写平台实际建设投入以核对该上限。",
        "Integrated circuits, articles 3(4) and 3(13): government support already received is asked instead of counted as 0 when unanswered (the 30% ceiling needs it); the service-platform subsidy of 3(13) also asks for the platform's construction investment to check that ceiling.",
      ),
      t(
        "计算过程改为自然语序（如“18,000,000，未超过单个品种上限（Ⅱ期临床）20,000,000，按 18,000,000 计”），年份不再加千分位，荣誉按名称显示，被替代的事项写明支持它的政策和条款，条款编号不再出现在说明中；金额不变。",
        "Traces read in natural order (“18,000,000 is within the cap per variety (phase II) 20,000,000, paid 18,000,000”), years have no thousands separators, honours show their names, a superseded item names the policy and article that pays it and no clause id is left in the wording; amounts are unchanged.",
      ),
      t(
        "贷款贴息读取贷款年份：政策施行前发放的贷款不予贴息，申报所属年度内已到期或尚未发放的贷款不计；放款早于该年度而未填到期年份的，需补充到期年份。",
        "Loan-interest subsidies read the loan's years: a loan drawn before the policy took effect is not subsidised, nor one that matured before or was drawn after the event year; a loan drawn earlier needs its maturity year.",
      ),
      t(
        "同一批贷款等事项可由多项政策的条款支持而各条款设有上限时，按“从优、就高、不重复”在各条款间选择合计最高的分配（最多比较 4096 种分配，超过时按单项从优并在计算过程中说明）。",
        "When several items (such as loans) can each be paid under clauses of several policies with their own caps, the assignment of items to clauses that pays the most in total is chosen (up to 4096 assignments compared; beyond that each item goes to its best clause and the trace says so).",
      ),
    ],
  },
  {
    version: "2026.11+b0cc0956",
    date: "2026-12-05",
    changes: [
      t(
        "合并发布：按申报年度评估、跨政策“从优、就高、不重复”配对、进档补差与问卷只问相关问题同时生效；各条款金额与上列各版本说明一致。",
        "Combined release: application rounds, cross-policy pairs paid once, tier differences and relevant-only questions take effect together; clause amounts are as described in the entries below.",
      ),
    ],
  },
  {
    version: "2026.11+d6a25931",
    date: "2026-12-05",
    changes: [
      t(
        "按申报年度评估：每年申报上一年度发生的事项（如 2027 年申报 2026 年度事项），政策和条款的有效期按事项年度判断；2026-12-31 到期的政策，2026 年度事项仍可在 2027 年申报。",
        "Evaluations are for an application round: each round claims the events of the year before (the 2027 round, events of 2026), and validity is tested on the event year; events of 2026 under a policy ending on 2026-12-31 can still be claimed in the 2027 round.",
      ),
      t(
        "事项年度只部分在有效期内的（如政策自 2023-08-27 起施行），计算过程注明此前或此后发生的事项不予支持。",
        "When the event year is only partly inside the validity (a policy in force from 2023-08-27), the trace says that events before or after are excluded.",
      ),
      t(
        "每项政策显示在本轮的状态：可申报、最后一轮（如“最后一轮：2027 年申报 2026 年度事项”）、已结束（及其最后一轮）或尚未施行。",
        'Each policy shows its standing in the round: open, last round ("Last round: 2027, for events of 2026"), ended (with its last round) or not yet in force.',
      ),
    ],
  },
  {
    version: "2026.11+2c1d8d54",
    date: "2026-12-05",
    changes: [
      t(
        "人工智能（二）（四）（七）与视觉智能 7-b 的单位年度上限改为读取条款参数，说明中不再重复写出金额；金额不变。",
        "The per-applicant yearly caps of artificial-intelligence 2-a, 2-b, 4-b, 7 and visual-intelligence 7-b now read the clause's parameter, and their labels no longer repeat the figure; amounts are unchanged.",
      ),
    ],
  },
  {
    version: "2026.11+a250834d",
    date: "2026-12-05",
    changes: [
      t(
        "分档奖励（软件营收档、合成生物生物材料营收档、高端装备新车型与智能网联产值档、绿色低碳工厂级别）统一按“进档补差”计算：扣减以前年度已达较低档应获奖励（无论是否申领）与本条已获奖励中的较高者。例如软件企业营收从 300 亿元升至 500 亿元、未登记已获奖励的，由 3000 万元改为 3000 万 − 1500 万 = 1500 万元。",
        "Tiered awards (software revenue tiers, synthetic-biology bio-material revenue tiers, high-end-equipment new-model and ICV output tiers, green low-carbon factory levels) now all pay the difference the same way: less the larger of the award of a lower tier reached in an earlier year (claimed or not) and what was received. E.g. a software enterprise going from CNY 30B to 50B revenue with no award recorded: CNY 30M becomes 30M − 15M = CNY 15M.",
      ),
    ],
  },
  {
    version: "2026.11+a0bf1a94",
    date: "2026-12-05",
    changes: [
      t(
        "同一医疗美容药械同时符合生物医药（十五）与合成生物（七）的，获证奖励和新增销售奖励各按“从优、就高、不重复”只计一次（同一产品在两个政策中使用相同编号）。",
        "A medical-aesthetic drug or device that qualifies under biomedicine (十五) and synthetic-biology (七) gets the certificate award and the new-sales award once each, at the better clause (the same product carries the same ID in both policies).",
      ),
      t(
        "同一公共服务平台当年的运营或服务补助（创新券、服务收入补助、运营费用补助、运营经费补助）在生物医药、合成生物、集成电路、软件、人工智能政策之间只计一次，取较高者。",
        "A public service platform's operating or service subsidy for a year (innovation vouchers, service-income, operating-cost or operating-funding subsidies) is counted once across the biomedicine, synthetic-biology, integrated-circuit, software and AI policies, at the better clause.",
      ),
      t(
        "同一特色园区的市级资助与投资主体奖励在生物医药与合成生物政策之间各只计一次；重点软件企业奖励与其他荣誉奖励同样按荣誉只计一次。",
        "The city grant and the investor's reward for the same specialty park are each counted once across the biomedicine and synthetic-biology policies; the key-software-enterprise award joins the other honour awards, once per honour.",
      ),
    ],
  },
  {
    version: "2026.11+4803647a",
    date: "2026-12-05",
    changes: [
      t(
        "申报渠道与后续文件说明的英文版不再夹带中文名称（企事通平台、市经信局）；金额与条件不变。",
        "The English application channel and later-document notes no longer carry Chinese names (the Qishitong platform, the economy and IT bureau); amounts and conditions are unchanged.",
      ),
      t(
        "英文版“属于政策适用范围”条件的条文编号改用阿拉伯数字（如 section 1）；判断结果不变。",
        'The English "within the policy\'s scope" condition cites its article with Arabic numerals (e.g. section 1); the outcome is unchanged.',
      ),
      t(
        "英文版计算过程中的比例说明改用半角括号，集成电路“政府支持合计不超过总投资 30%”的条文编号改为英文；金额不变。",
        "English calculations put rate notes in plain parentheses, and the integrated-circuit 30% ceiling cites its article in English; amounts are unchanged.",
      ),
    ],
  },
  {
    version: "2026.11+396a10bf",
    date: "2026-12-05",
    changes: [
      t(
        "按类别、阶段或年度分档的金额表（如生物医药（十五）条各类产品奖励上限）改以“1 类新药”“Ⅱ期临床”等名称显示，不再显示内部代码；金额不变。",
        "Amount tables by category, phase or year (e.g. biomedicine article (15)'s awards by product) are shown with their names (“class-1 new drugs”, “phase II”), no longer with internal codes; amounts are unchanged.",
      ),
    ],
  },
  {
    version: "2026.11+a6649acd",
    date: "2026-12-05",
    changes: [
      t(
        "每项政策的适用范围（如生物医药、集成电路领域）成为其条款的条件：未选择所属领域的，相关条款标为“需补充信息”；不属于该领域的，不再计入。",
        "Each policy's scope (e.g. the biomedicine or integrated-circuit field) is now a condition of its clauses: with no field chosen they need information; outside the field they no longer count.",
      ),
      t(
        "新材料、高端装备的首批次/首台套等条款：已在往年按互斥条款获得支持的同一产品，不再重复计入（不得同时享受）。",
        "New materials and high-end equipment first-batch / first-set clauses: a product already supported in an earlier year under an excluding clause is no longer counted again.",
      ),
      t(
        "合计分为确定金额、最高金额和需评审/评选获得的金额；需评审或评选的金额不再计入合计，单独列出。",
        "Totals are split into fixed, up-to and to-be-won amounts; amounts that depend on a review or selection are no longer in the total but stated apart.",
      ),
    ],
  },
  {
    version: "2026.11+4c276bbb",
    date: "2026-12-05",
    changes: [
      t(
        "规则版本现在也随资格条件和计算公式变化，而不只随参数和条文变化；此前保存的评估会标记为“规则已更新”，请重新评估。",
        "The rules version now also changes when a condition or a formula changes, not only parameters and texts; evaluations saved before are flagged “rules updated” — evaluate them again.",
      ),
    ],
  },
];
