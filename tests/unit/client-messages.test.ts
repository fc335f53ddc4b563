import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  clientMessages,
  SERVER_ONLY_NAMESPACES,
  STAFF_NAMESPACES,
} from "@/lib/i18n/client-messages";
import en from "@/messages/en.json";
import zh from "@/messages/zh.json";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every `useTranslations(...)` in the app's code (the hook client components read messages with). */
const hookUses = ["app", "components", "lib"]
  .flatMap(sources)
  .flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)].map(
      (m) => ({ file, namespace: m[1]?.split(".")[0] }),
    ),
  );

const bytes = (v: unknown) => Buffer.byteLength(JSON.stringify(v));

describe("the messages sent to the browser", () => {
  it("cover every namespace a hook reads: server-only ones are read with getTranslations", () => {
    expect(hookUses.length).toBeGreaterThan(50);
    const misplaced = hookUses.filter(
      (u) =>
        u.namespace === undefined ||
        (SERVER_ONLY_NAMESPACES as readonly string[]).includes(u.namespace) ||
        ((STAFF_NAMESPACES as readonly string[]).includes(u.namespace) &&
          !u.file.startsWith("app/staff/")),
    );
    expect(misplaced).toEqual([]);
  });

  it("leave out the server-only and, outside /staff, the staff namespaces, in both languages", () => {
    for (const messages of [zh, en]) {
      const publicKeys = Object.keys(clientMessages(messages));
      expect(publicKeys).toContain("check");
      expect(publicKeys).toContain("results");
      expect(publicKeys).not.toContain("home");
      expect(publicKeys).not.toContain("staff");
      const staffKeys = Object.keys(clientMessages(messages, { staff: true }));
      expect(staffKeys).toEqual(expect.arrayContaining(["staff", "dashboard", "check"]));
      expect(staffKeys).not.toContain("apiDocs");
    }
  });

  it("are under half of all the Chinese text on a public page", () => {
    const share = bytes(clientMessages(zh)) / bytes(zh);
    console.log(
      `messages in a public page: ${bytes(clientMessages(zh))} of ${bytes(zh)} bytes (${(share * 100).toFixed(0)}%)`,
    );
    expect(share).toBeLessThan(0.5);
  });
});
