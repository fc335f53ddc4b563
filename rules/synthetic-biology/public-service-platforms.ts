import { Calc } from "@/lib/engine/calc";
import { known, listIncludes } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import { OVERLAP } from "../shared/overlap-groups";
import { platforms, type Platform } from "../shared/items";
import { READ } from "./shared";
import { innovationVoucherAmount, noRelationWithClients } from "../shared/platforms";

function recognisedKeyPlatform(item: Platform): Condition {
  return listIncludes(
    t(
      "经认定的市重点合成生物技术产业公共服务平台",
      "a recognised city key synthetic-biology public service platform",
    ),
    item.keyPlatformFor,
    "synthetic-biology",
    ["platforms[].keyPlatformFor"],
  );
}

const constructionParams = {
  rate: param.rate(
    percent(30),
    t(
      "核定新增研发设备、软件等投入的比例（不高于）",
      "share of the approved new R&D equipment and software investment, at most",
    ),
  ),
  cap: param.yuan(wan(2000), t("资助金额最高不超过", "funding cap")),
};

/** (十三) Construction of recognised city key synthetic-biology public service platforms. */
export const platformConstruction = defineClause({
  id: "synthetic-biology/13-a",
  policy: "synthetic-biology",
  article: "（十三）",
  page: 40,
  heading: "重点支持合成生物公共服务平台建设",
  leadDepartment: "市科技局",
  beneficiary: "platform",
  kind: "formula",
  requiresReview: false,
  text: "(十三)重点支持合成生物公共服务平台建设。对基因测序合成公共服务平台、生物元器件设计平台、合成生物设计与自动化平台、重要菌种及细胞株保藏与开发平台、药物发现平台、小试服务平台、中试放大基地、概念验证中心、中国合格评定国家认可委员会(CNAS)认可实验室等经认定的市重点合成生物技术产业公共服务平台,按照不高于其核定新增研发设备、软件等投入的 30%予以资助,资助金额最高不超过 2000 万元。",
  summary: t(
    "经认定的市重点合成生物技术产业公共服务平台，按不高于核定新增研发设备、软件等投入的 30% 资助，最高 2000 万元。",
    "Recognised city key synthetic-biology public service platforms: up to 30% of the approved new R&D equipment and software investment, at most CNY 20M.",
  ),
  needs: t(
    "市重点合成生物技术产业公共服务平台认定文件、新增研发设备与软件投入的核定（审计）资料",
    "Recognition as a city key synthetic-biology platform and the approved (audited) new equipment and software investment",
  ),
  readings: [
    READ.maximumStandard,
    READ.capScope(
      "2000 万元为单个平台单位每年合计上限，同时也是单个平台上限",
      "CNY 20M caps the applicant's total a year, and so each platform too",
    ),
    t(
      "同一平台同时符合生物医药政策第（十九）条平台建设资助的，按“从优、就高、不重复”只支持一次",
      "A platform also eligible under the biomedicine policy's article 19 is paid once, at the better clause (从优、就高、不重复)",
    ),
  ],
  params: constructionParams,
  reads: ["platforms[].keyPlatformFor", "platforms[].newEquipmentInvestment"],
  items: platforms,
  exclusiveGroup: OVERLAP.platformConstruction,
  clauseCap: {
    amount: constructionParams.cap.value,
    param: "cap",
    label: t("单个平台单位每年资助上限", "cap per platform operator per year"),
  },
  conditions: ({ item }) => [
    recognisedKeyPlatform(item),
    known(
      t("核定新增研发设备、软件等投入", "approved new R&D equipment and software investment"),
      item.newEquipmentInvestment,
      ["platforms[].newEquipmentInvestment"],
    ),
  ],
  amount: ({ item, params }) =>
    Calc.base(
      t("核定新增研发设备、软件等投入", "approved new R&D equipment and software investment"),
      item.newEquipmentInvestment!,
    )
      .rate(params.rate.value)
      .cap(params.cap.value, t("单个平台资助上限", "cap per platform"))
      .upTo(),
});

/** (十三) Innovation vouchers for recognised platforms serving synthetic-biology clients. */
export const platformInnovationVouchers = defineClause({
  id: "synthetic-biology/13-b",
  policy: "synthetic-biology",
  article: "（十三）",
  page: 40,
  heading: "重点支持合成生物公共服务平台建设",
  leadDepartment: "市科技局",
  beneficiary: "platform",
  kind: "formula",
  requiresReview: false,
  text: "经认定的公共服务平台,为合成生物相关企事业单位提供服务的(服务双方须无投资关联情况),根据技术合同和服务绩效等,给予其不超过技术合同金额 10%的创新券补助,单个平台每年度补助金额最高不超过 200 万元。(牵头单位:市科技局)",
  summary: t(
    "经认定的公共服务平台为合成生物相关企事业单位提供服务（双方无投资关联）的，根据技术合同和服务绩效给予不超过技术合同金额 10% 的创新券补助，单个平台每年最高 200 万元。",
    "Recognised public service platforms serving synthetic-biology enterprises and institutions (no investment relationship): innovation vouchers of up to 10% of the technology contract value, at most CNY 2M per platform a year.",
  ),
  needs: t(
    "平台认定文件、服务技术合同及服务绩效材料、与服务对象无投资关联的说明",
    "Platform recognition, service contracts and performance records, and a statement of no investment relationship with the clients",
  ),
  readings: [
    READ.maximumStandard,
    t(
      "按较保守理解：“经认定的公共服务平台”指本条前句认定的市重点合成生物技术产业公共服务平台（解读约定第 1 条）；技术合同金额按平台年度为本市企业服务的技术合同金额计，外地合同不计（原文未限本市，此处取较小口径）",
      "Conservative reading: “recognised platform” means a city key synthetic-biology platform recognised as in the sentence before (readings rule 1); the contract value counted is that of services to Hangzhou clients, leaving out others (the text does not require Hangzhou; the smaller base is taken)",
    ),
    t(
      "同一平台同时符合生物医药政策第（十九）条创新券补贴的，按“从优、就高、不重复”只支持一次",
      "A platform also eligible for the biomedicine policy's article-19 vouchers is paid once, at the better clause (从优、就高、不重复)",
    ),
  ],
  params: {
    rate: param.rate(
      percent(10),
      t("技术合同金额的比例（不超过）", "share of the technology contract value, at most"),
    ),
    cap: param.yuan(wan(200), t("单个平台每年度补助上限", "cap per platform per year")),
  },
  reads: [
    "platforms[].keyPlatformFor",
    "platforms[].industries",
    "platforms[].noInvestmentRelation",
    "platforms[].techContractValue",
  ],
  items: platforms,
  exclusiveGroup: OVERLAP.platformServices,
  conditions: ({ item }) => [
    recognisedKeyPlatform(item),
    listIncludes(
      t(
        "为合成生物相关企事业单位提供服务",
        "serves synthetic-biology enterprises and institutions",
      ),
      item.industries,
      "synthetic-biology",
      ["platforms[].industries"],
    ),
    noRelationWithClients(item),
    known(
      t(
        "为合成生物相关企事业单位服务的技术合同金额",
        "technology contract value serving synthetic-biology clients",
      ),
      item.techContractValue,
      ["platforms[].techContractValue"],
    ),
  ],
  amount: innovationVoucherAmount,
});
