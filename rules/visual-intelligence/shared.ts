import type { Condition } from "@/lib/engine/types";
import { t, type Text } from "@/lib/engine/text";
import type { EventProfile } from "@/lib/profile/years";

/** 四、支持保障政策 are carried out under the departments' existing policies (closing paragraph). */
export const UNDER_EXISTING_POLICIES: Text = t(
  "本意见第四部分“相关政策条款由市有关部门按照现有政策组织实施……有效期按各自政策规定执行”：金额、门槛和有效期以牵头部门现行政策为准。",
  "Part 4 (四) of the text is carried out “by the city departments under their existing policies … with their own validity periods”: amounts, thresholds and validity follow the lead department's current policy.",
);

/** Whether the applicant is a visual-intelligence enterprise; unknown when no industry is chosen. */
export function isVisionEnterprise(profile: EventProfile): Condition {
  const industries = profile.enterprise.industries;
  return {
    label: t("视觉智能企业", "a visual-intelligence enterprise"),
    status:
      industries.length === 0
        ? "unknown"
        : industries.includes("visual-intelligence")
          ? "met"
          : "unmet",
    facts: ["enterprise.industries"],
  };
}
