import { defineClause } from "@/lib/engine/define";
import { t } from "@/lib/engine/text";
import { scopeAndAnswer } from "../shared/scope";
import { NEW_MATERIAL_ENTERPRISE, newMaterialEnterprise } from "./shared";

const LEAD = "市发改委、市经信局、市生态环境局、市应急管理局、市规划与自然资源局";

/** 五、 Prudent, inclusive access and supervision for new-material enterprises and projects. */
export const prudentAccess = defineClause({
  id: "new-materials/5-a",
  policy: "new-materials",
  article: "五、",
  page: 12,
  heading: "细化产业(区域)准入和监管",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "对新材料企业和项目实行审慎包容的产业(区域)准入、监管政策,对研发生产关键战略新材料及前沿新材料的企业和项目,在产业定位、项目落地、政策扶持等方面给予积极支持,能耗、安全、环保等方面实施科学精准管理。",
  summary: t(
    "对新材料企业和项目实行审慎包容的准入、监管政策；研发生产关键战略新材料及前沿新材料的，在产业定位、项目落地、政策扶持等方面给予积极支持。",
    "Prudent, inclusive access and supervision for new-material enterprises and projects; active support in positioning, siting and policy for key strategic and frontier materials.",
  ),
  needs: t(
    "项目准入、能耗、安全、环保事项请咨询市发改委、市经信局等责任单位",
    "Ask the Municipal Development and Reform Commission, the Municipal Bureau of Economy and Information Technology and the other responsible departments about access, energy, safety and environmental matters",
  ),
  params: {},
  reads: ["newMaterials.field"],
  conditions: ({ profile }) => [newMaterialEnterprise(profile.newMaterials?.field)],
});

/** 五、 Class-III industrial land in provincial chemical parks for chemical-related projects. */
export const chemicalParkLand = defineClause({
  id: "new-materials/5-b",
  policy: "new-materials",
  article: "五、",
  page: 12,
  heading: "细化产业(区域)准入和监管",
  leadDepartment: LEAD,
  beneficiary: "enterprise",
  kind: "non-monetary",
  requiresReview: false,
  text: "根据生态保护红线、环境质量底线、资源利用上线和生态环境准入清单等相关要求,通过空间规划调整优化,将三类工业用地重点调整至省级化工园区,满足涉化新材料项目的落地需求。(责任单位:市发改委、市经信局、市生态环境局、市应急管理局、市规划与自然资源局)",
  summary: t(
    "通过空间规划调整优化，将三类工业用地重点调整至省级化工园区，满足涉化新材料项目的落地需求。",
    "Class-III industrial land is concentrated in provincial chemical parks to site chemical-related new-material projects.",
  ),
  needs: t(
    "涉化新材料项目方案；用地事项请咨询市规划与自然资源局、市发改委",
    "Project plan; ask the Municipal Planning and Natural Resources Bureau and the Municipal Development and Reform Commission about land",
  ),
  params: {},
  ...scopeAndAnswer(
    NEW_MATERIAL_ENTERPRISE,
    "newMaterials.chemicalProject",
    t("有涉化新材料项目需要落地", "a chemical-related new-material project to site"),
  ),
});
