import { Calc } from "@/lib/engine/calc";
import { fact, known, oneOf } from "@/lib/engine/conditions";
import { defineClause } from "@/lib/engine/define";
import { percent, wan } from "@/lib/engine/money";
import { param } from "@/lib/engine/params";
import { t } from "@/lib/engine/text";
import type { Condition } from "@/lib/engine/types";
import { OVERLAP } from "../shared/overlap-groups";
import { READ, devices, type Device } from "./shared";

/** The device classes the text names, as it names them. */
const DEVICE_ROWS = {
  II: t("二类医疗器械", "class-II devices"),
  III: t("三类医疗器械", "class-III devices"),
} as const;

const NEEDS = t(
  "医疗器械注册证（首次注册）、产业化证明、该产品研发投入专项审计报告",
  "First medical-device registration certificate, industrialisation evidence, audited R&D investment in the product",
);
const ONCE = t(
  "同一医疗器械只按一项研发资助支持：同时符合（五）两款的，按“从优、就高、不重复”取较高者",
  "A device is funded once for R&D: one that qualifies under both sentences of (五) is paid under the better one (从优、就高、不重复)",
);

/** 首次获得医疗器械注册证书并进行产业化, with the R&D figure the amount needs. */
const certifiedAndIndustrialised = (d: Device): Condition[] => [
  fact(
    t("首次获得医疗器械注册证书", "first registration certificate obtained"),
    d.firstRegistrationCertificate,
    ["biomedicine.devices[].firstRegistrationCertificate"],
  ),
  fact(t("进行产业化", "industrialised"), d.industrialised, [
    "biomedicine.devices[].industrialised",
  ]),
  known(t("研发投入", "R&D investment"), d.rdInvestment, ["biomedicine.devices[].rdInvestment"]),
];

export const innovativeDeviceRnd = defineClause({
  id: "biomedicine/5-a",
  policy: "biomedicine",
  article: "（五）",
  page: 4,
  heading: "支持医疗器械研发生产",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: "(五)支持医疗器械研发生产。对进入国家创新医疗器械特别审查或优先审批程序的医疗器械,首次获得医疗器械注册证书并进行产业化的,经评审给予不超过研发投入 40%,最高不超过600 万元的资助。",
  summary: t(
    "进入国家创新医疗器械特别审查或优先审批程序的医疗器械，首次获得注册证并产业化的，经评审给予不超过研发投入 40% 的资助，最高 600 万元。",
    "Devices in the national innovative-device special review or priority approval procedure that obtain their first registration certificate and are industrialised: after review, up to 40% of R&D investment, capped at CNY 6M.",
  ),
  needs: NEEDS,
  readings: [
    t(
      "按较保守理解：600 万元为单个产品上限（解读约定第 8 条）",
      "Conservative reading: CNY 6M is the cap per product (readings rule 8)",
    ),
    ONCE,
    READ.review,
  ],
  params: {
    rate: param.rate(
      percent(40),
      t("资助比例（不超过研发投入）", "share of R&D investment, at most"),
    ),
    cap: param.yuan(wan(600), t("单个产品上限", "cap per product")),
  },
  reads: [
    "biomedicine.devices[].innovativeSpecialReview",
    "biomedicine.devices[].firstRegistrationCertificate",
    "biomedicine.devices[].industrialised",
    "biomedicine.devices[].rdInvestment",
  ],
  items: devices,
  exclusiveGroup: OVERLAP.productRnd,
  conditions: ({ item }) => [
    fact(
      t(
        "进入国家创新医疗器械特别审查或优先审批程序",
        "in the national innovative-device special review or priority approval procedure",
      ),
      item.innovativeSpecialReview,
      ["biomedicine.devices[].innovativeSpecialReview"],
    ),
    ...certifiedAndIndustrialised(item),
  ],
  amount: ({ item, params }) =>
    Calc.base(t("研发投入", "R&D investment"), item.rdInvestment!)
      .rate(params.rate.value)
      .cap(params.cap.value, params.cap.label)
      .upTo(),
});

export const classifiedDeviceRnd = defineClause({
  id: "biomedicine/5-b",
  policy: "biomedicine",
  article: "（五）",
  page: 4,
  heading: "支持医疗器械研发生产",
  leadDepartment: "市经信局",
  beneficiary: "enterprise",
  kind: "formula",
  requiresReview: true,
  text: "对首次获得医疗器械注册证书并进行产业化的创新型二类医疗器械、三类医疗器械,经评审给予不超过研发投入 20%,单个品种最高分别不超过 200 万元、400 万元的资助。(牵头单位:市经信局,配合单位:市科技局、市财政局、市市场监管局)",
  summary: t(
    "首次获得注册证并产业化的创新型二类、三类医疗器械，经评审给予不超过研发投入 20% 的资助，单品种最高 200/400 万元。",
    "Innovative class-II and class-III devices that obtain their first registration certificate and are industrialised: after review, up to 20% of R&D investment, capped per variety at CNY 2M (class II) or CNY 4M (class III).",
  ),
  needs: NEEDS,
  readings: [
    t(
      "按较保守理解：“创新型”同时限定二类和三类医疗器械（解读约定第 1 条）",
      "Conservative reading: “innovative” qualifies both class-II and class-III devices (readings rule 1)",
    ),
    ONCE,
    READ.review,
  ],
  params: {
    rate: param.rate(
      percent(20),
      t("资助比例（不超过研发投入）", "share of R&D investment, at most"),
    ),
    capByClass: param.table(
      { II: wan(200), III: wan(400) },
      t("单个品种上限（按管理类别）", "cap per variety by device class"),
      DEVICE_ROWS,
    ),
  },
  reads: [
    "biomedicine.devices[].deviceClass",
    "biomedicine.devices[].innovative",
    "biomedicine.devices[].firstRegistrationCertificate",
    "biomedicine.devices[].industrialised",
    "biomedicine.devices[].rdInvestment",
  ],
  items: devices,
  exclusiveGroup: OVERLAP.productRnd,
  conditions: ({ item }) => [
    oneOf(
      t("二类或三类医疗器械", "a class-II or class-III device"),
      item.deviceClass,
      ["II", "III"],
      ["biomedicine.devices[].deviceClass"],
    ),
    fact(t("创新型医疗器械", "an innovative device"), item.innovative, [
      "biomedicine.devices[].innovative",
    ]),
    ...certifiedAndIndustrialised(item),
  ],
  amount: ({ item, params }) => {
    const cls = item.deviceClass as "II" | "III";
    return Calc.base(t("研发投入", "R&D investment"), item.rdInvestment!)
      .rate(params.rate.value)
      .cap(
        params.capByClass.value[cls],
        t(`单个品种上限（${DEVICE_ROWS[cls].zh}）`, `cap per variety (${DEVICE_ROWS[cls].en})`),
      )
      .upTo();
  },
});
