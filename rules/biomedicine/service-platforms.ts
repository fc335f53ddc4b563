import { Calc } from "@/lib/engine/calc";
import { above, known, listIncludes } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import { OVERLAP } from "../shared/overlap-groups";
import { platforms, type Platform } from "../shared/items";
import { READ, lessReceived } from "./shared";
import { innovationVoucherAmount, noRelationWithClients } from "../shared/platforms";

const recognised = (p: Platform): Condition =>
  listIncludes(
    t(
      "经认定的市重点生物医药产业公共服务平台",
      "a recognised city key biomedicine public service platform",
    ),
    p.keyPlatformFor,
    "biomedicine",
    ["platforms[].keyPlatformFor"],
  );

export const platformConstructionGrant = defineClause({
  id: "biomedicine/19-a",
  policy: "biomedicine",
  article: "（十九）",
  page: 6,
  heading: "支持重点公共服务平台建设",
  leadDepartment: "市科技局",
  beneficiary: "platform",
  kind: "formula",
  requiresReview: false,
  text: "(十九)支持重点公共服务平台建设。支持GLP、GCP、CRO、CMO、CDMO、注册检验、MAH持证交易、知识产权交易、智慧医疗等公共服务平台建设。对经认定的市重点生物医药产业公共服务平台,按照不超过其核定的新增研发设备、软件投入等的 30%予以最高不超过 2000 万元的资助。",
  summary: t(
    "经认定的市重点生物医药产业公共服务平台（GLP、GCP、CRO、CMO、CDMO、注册检验等），按不超过核定新增研发设备、软件投入的 30% 予以资助，最高 2000 万元。",
    "Recognised city key biomedicine public service platforms (GLP, GCP, CRO, CMO, CDMO, registration testing…): up to 30% of the approved new R&D equipment and software investment, capped at CNY 20M.",
  ),
  needs: t(
    "市重点公共服务平台认定文件、新增研发设备和软件投入核定材料",
    "The platform's recognition and the approved new equipment and software investment",
  ),
  readings: [
    READ.capOnce("2000 万元按单个平台", "CNY 20M per platform"),
    t(
      "同一平台同时符合合成生物政策第（十三）条的，按“从优、就高、不重复”只支持一次",
      "A platform that also qualifies under article (13) of the synthetic-biology policy is paid once, under the better clause (从优、就高、不重复)",
    ),
    READ.notForEnterprises,
  ],
  params: {
    rate: param.rate(
      percent(30),
      t(
        "资助比例（不超过新增研发设备、软件投入）",
        "share of new equipment and software investment, at most",
      ),
    ),
    cap: param.yuan(wan(2000), t("单个平台资助上限", "cap per platform")),
  },
  reads: ["platforms[].keyPlatformFor", "platforms[].newEquipmentInvestment"],
  items: platforms,
  exclusiveGroup: OVERLAP.platformConstruction,
  conditions: ({ item }) => [
    recognised(item),
    known(
      t("核定的新增研发设备、软件投入", "approved new equipment and software investment"),
      item.newEquipmentInvestment,
      ["platforms[].newEquipmentInvestment"],
    ),
  ],
  amount: ({ item, params, received }) =>
    lessReceived(
      Calc.base(
        t("核定的新增研发设备、软件投入", "approved new equipment and software investment"),
        item.newEquipmentInvestment!,
      )
        .rate(params.rate.value)
        .cap(params.cap.value, params.cap.label),
      received("biomedicine/19-a", item.id),
    ).upTo(),
});

export const innovationVoucher = defineClause({
  id: "biomedicine/19-b",
  policy: "biomedicine",
  article: "（十九）",
  page: 6,
  heading: "支持重点公共服务平台建设",
  leadDepartment: "市科技局",
  beneficiary: "platform",
  kind: "formula",
  requiresReview: false,
  text: "经认定的公共服务平台为本市生物医药企事业单位提供服务的(服务双方须无投资关联情况),根据其技术合同和服务绩效等,给予其不超过技术合同金额 10%的创新券补贴,单个平台每年度补贴金额最高不超过 200 万元。(牵头单位:市科技局,配合单位:市经信局、市财政局、市卫生健康委员会、市市场监管局)",
  summary: t(
    "经认定的公共服务平台为本市生物医药企事业单位提供服务的（双方无投资关联），给予不超过技术合同金额 10% 的创新券补贴，单个平台每年最高 200 万元。",
    "Recognised platforms serving unrelated Hangzhou biomedicine enterprises and institutions: innovation vouchers of up to 10% of the technology contract value, capped at CNY 2M per platform per year.",
  ),
  needs: t(
    "平台认定文件、年度技术合同与服务绩效材料、无投资关联说明",
    "Platform recognition, the year's technology contracts and service record, a no-relationship statement",
  ),
  readings: [
    t(
      "按较保守理解：“经认定的公共服务平台”指前句经认定的市重点生物医药产业公共服务平台（解读约定第 1 条）",
      "Conservative reading: “recognised platform” means a city key biomedicine platform recognised as in the sentence before (readings rule 1)",
    ),
    t(
      "技术合同金额只计为本市生物医药企事业单位服务的合同",
      "Only contracts with Hangzhou biomedicine enterprises and institutions count",
    ),
    READ.notForEnterprises,
  ],
  params: {
    rate: param.rate(
      percent(10),
      t("补贴比例（不超过技术合同金额）", "share of the contract value, at most"),
    ),
    cap: param.yuan(wan(200), t("单个平台每年度补贴上限", "cap per platform per year")),
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
    recognised(item),
    listIncludes(
      t(
        "为本市生物医药企事业单位提供服务",
        "serves Hangzhou biomedicine enterprises and institutions",
      ),
      item.industries,
      "biomedicine",
      ["platforms[].industries"],
    ),
    noRelationWithClients(item),
    above(
      t("年度技术合同金额", "technology contract value of the year"),
      item.techContractValue,
      0,
      { facts: ["platforms[].techContractValue"] },
    ),
  ],
  amount: innovationVoucherAmount,
});
