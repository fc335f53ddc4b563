import { describe, expect, it } from "vitest";
import { loans, namedItems, platforms, projects, sciTechProjects } from "@/rules/shared/items";
import { t } from "@/lib/engine/text";
import { profile } from "@/tests/helpers/profile";

describe("named profile lists", () => {
  it("key an item by its id and label it by its name", () => {
    const items = namedItems<{ id: string; name: string }>(
      () => [{ id: "a-1", name: "甲" }],
      "projects",
      t("项目", "project"),
    );
    const [item] = items.list(profile())!;
    expect([items.key(item!), items.label(item!)]).toEqual(["a-1", "甲"]);
  });

  it("the common lists read the profile's lists and stay unanswered while those are", () => {
    const p = profile({ loans: [{ id: "L1", name: "贷款一" }], platforms: [] });
    expect(loans.list(p)?.map(loans.key)).toEqual(["L1"]);
    expect(platforms.list(p)).toEqual([]);
    expect(projects.list(p)).toBeUndefined();
    expect(sciTechProjects.list(p)).toBeUndefined();
    expect([loans.path, projects.path, platforms.path, sciTechProjects.path]).toEqual([
      "loans",
      "projects",
      "platforms",
      "sciTechProjects",
    ]);
  });
});
