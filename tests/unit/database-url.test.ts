import { describe, expect, it } from "vitest";
import { DEFAULT_DATABASE_URL, databaseUrl } from "@/lib/database-url";

describe("databaseUrl", () => {
  it("uses data/app.db when DATABASE_URL is not set", () => {
    expect(databaseUrl({})).toBe("file:./data/app.db");
    expect(DEFAULT_DATABASE_URL).toBe("file:./data/app.db");
  });

  it("uses DATABASE_URL when it is set", () => {
    expect(databaseUrl({ DATABASE_URL: "file:/srv/policy.db" })).toBe("file:/srv/policy.db");
  });

  it("treats an empty DATABASE_URL as not set", () => {
    expect(databaseUrl({ DATABASE_URL: "  " })).toBe(DEFAULT_DATABASE_URL);
  });
});
