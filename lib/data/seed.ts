import "server-only";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { hashPassword } from "@/lib/auth/password";
import { profileSchema, type Profile } from "@/lib/profile/schema";
import { withClientFacts } from "@/lib/clients/schema";
import { isValidCreditCode, withCheckChar } from "@/lib/clients/credit-code";
import { recordAudit } from "./audit";
import { db } from "./db";
import { emailSchema } from "./accounts";
import { transaction } from "./transaction";

/** The demo logins an empty database gets (README: 服务中心). Change them before real use. */
export const DEMO_ACCOUNTS = [
  {
    email: "admin@example.com",
    password: "demo-admin-2026",
    name: "演示管理员",
    role: "admin",
    centre: 0,
  },
  {
    email: "staff@example.com",
    password: "demo-staff-2026",
    name: "西湖中心工作人员",
    role: "staff",
    centre: 0,
  },
  {
    email: "staff2@example.com",
    password: "demo-staff2-2026",
    name: "滨江中心工作人员",
    role: "staff",
    centre: 1,
  },
] as const;

export const DEMO_CENTRES = [
  { name: "西湖区企业服务中心（演示）", district: "西湖区" },
  { name: "滨江区企业服务中心（演示）", district: "滨江区" },
] as const;

const SEEDED_KEY = "seed.demo";

export type SeedReport = { admin: "created" | "exists" | "skipped"; demo: "created" | "skipped" };

/** A deterministic, checksum-valid credit code for the n-th demo client. */
export function demoCreditCode(n: number): string {
  return withCheckChar(`91330106MA2${String(n).padStart(6, "0")}`);
}

function loadExamples(dir: string): { file: string; profile: Profile }[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
  } catch {
    return [];
  }
  const out: { file: string; profile: Profile }[] = [];
  for (const file of files) {
    const parsed = profileSchema.safeParse(JSON.parse(readFileSync(join(dir, file), "utf8")));
    if (parsed.success) out.push({ file, profile: parsed.data });
    else console.warn(`seed: skipped examples/${file} (does not match the profile schema)`);
  }
  return out;
}

/**
 * First start: creates the admin named by ADMIN_EMAIL / ADMIN_PASSWORD if there is none with
 * that address; and, unless SEED_DEMO=0, gives an empty database two demo centres, three demo
 * accounts and demo clients built from examples/*.json. Idempotent, and safe when two processes
 * run it at once (the first write takes SQLite's write lock before anything is read).
 */
export async function seed(
  env: Record<string, string | undefined> = process.env,
  examplesDir = "examples",
): Promise<SeedReport> {
  const client = await db();
  const adminEmail = env.ADMIN_EMAIL?.trim() ? emailSchema.parse(env.ADMIN_EMAIL) : undefined;
  const adminPassword = env.ADMIN_PASSWORD ?? "";
  if (adminEmail && adminPassword.length < 10)
    throw new Error("ADMIN_PASSWORD must have at least 10 characters");
  const wantDemo = env.SEED_DEMO?.trim() !== "0";

  // Hash outside the transaction: argon2 takes a moment and the write lock should not wait on it.
  const adminHash = adminEmail ? await hashPassword(adminPassword) : undefined;
  const demoHashes = wantDemo
    ? await Promise.all(DEMO_ACCOUNTS.map((a) => hashPassword(a.password)))
    : [];
  const examples = wantDemo ? loadExamples(examplesDir) : [];

  return transaction(client, 
    async (tx) => {
      await tx.appMeta.upsert({
        where: { key: "seed.lock" },
        create: { key: "seed.lock", value: new Date().toISOString() },
        update: { value: new Date().toISOString() },
      });
      const wasEmpty = (await tx.staffUser.count()) === 0 && (await tx.serviceCentre.count()) === 0;
      const seeded = await tx.appMeta.findUnique({ where: { key: SEEDED_KEY } });

      let admin: SeedReport["admin"] = "skipped";
      if (adminEmail && adminHash) {
        const existing = await tx.staffUser.findUnique({ where: { email: adminEmail } });
        if (existing) admin = "exists";
        else {
          const created = await tx.staffUser.create({
            data: { email: adminEmail, name: "管理员", role: "admin", passwordHash: adminHash },
          });
          await recordAudit(
            {
              actor: null,
              actorEmail: "system",
              action: "create",
              entity: "staff",
              entityId: created.id,
              summary: `首次启动：按 ADMIN_EMAIL 创建管理员 ${adminEmail}`,
            },
            tx,
          );
          admin = "created";
        }
      }

      if (!wantDemo || seeded || !wasEmpty) return { admin, demo: "skipped" as const };

      const centres = [];
      for (const c of DEMO_CENTRES) centres.push(await tx.serviceCentre.create({ data: c }));
      const users = [];
      for (const [i, a] of DEMO_ACCOUNTS.entries()) {
        if (a.email === adminEmail) continue;
        users.push(
          await tx.staffUser.create({
            data: {
              email: a.email,
              name: a.name,
              role: a.role,
              centreId: centres[a.centre]!.id,
              passwordHash: demoHashes[i]!,
            },
          }),
        );
      }
      const owner = users.find((u) => u.role === "staff") ?? null;
      for (const [i, { profile }] of examples.entries()) {
        const centre = centres[i % 3 === 2 ? 1 : 0]!;
        const given = profile.enterprise.creditCode;
        const creditCode = given && isValidCreditCode(given) ? given : demoCreditCode(i + 1);
        const name = profile.enterprise.name ?? `示例企业 ${i + 1}`;
        const district = profile.enterprise.district ?? centre.district ?? undefined;
        await tx.client.create({
          data: {
            centreId: centre.id,
            name,
            creditCode,
            district: district ?? null,
            contactName: "演示联系人",
            notes: "演示数据，可删除。",
            profileJson: JSON.stringify(withClientFacts(profile, { name, creditCode, district })),
            createdById: owner?.id ?? null,
            updatedById: owner?.id ?? null,
          },
        });
      }
      await tx.appMeta.create({ data: { key: SEEDED_KEY, value: new Date().toISOString() } });
      await recordAudit(
        {
          actor: null,
          actorEmail: "system",
          action: "seed",
          entity: "centre",
          summary: `演示数据：${centres.length} 个服务中心、${users.length} 个账号、${examples.length} 个客户`,
        },
        tx,
      );
      return { admin, demo: "created" as const };
    },
    { timeout: 60_000, maxWait: 30_000 },
  );
}
