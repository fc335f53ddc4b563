import { expect, it } from "vitest";
import { readShareFragment, shareFragment } from "@/lib/browser/share-link";

const profile = {
  version: 1,
  enterprise: {
    name: "杭州示例生物医药有限公司",
    industries: ["biomedicine"],
    roles: ["enterprise"],
  },
  biomedicine: { drugs: [{ id: "d1", name: "SX-01 片", rdInvestment: 30_000_000 }] },
};

it("round-trips a profile and its round through the URL fragment, shorter than the JSON", async () => {
  const fragment = await shareFragment(profile, 2025);
  expect(fragment).toMatch(/^#p=[A-Za-z0-9_-]+$/);
  const text = await readShareFragment(fragment);
  expect(JSON.parse(text!)).toEqual({ profile, round: 2025 });
});

it("reads nothing from a damaged or foreign fragment", async () => {
  expect(await readShareFragment("#results-title")).toBeNull();
  expect(await readShareFragment("#p=not-deflate")).toBeNull();
});
