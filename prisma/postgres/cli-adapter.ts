// The PostgreSQL driver adapter for the Prisma CLI (prisma.config.ts): migrate deploy, status,
// diff. Not used by the app (lib/data/db.ts uses PrismaPg as it is).
//
// Prisma 6.19's schema engine introspects pg_catalog, whose columns have the types `name` and
// `"char"`, which @prisma/adapter-pg does not map and rejects ("Column type 'name' could not be
// deserialized from the database": prisma/orm issue 27403, open). Both are plain text on the
// wire, so the CLI's adapter reports them as text.
import { PrismaPg } from "@prisma/adapter-pg";

/**
 * The schema engine (WebAssembly) arms 10-second timers on PostgreSQL that it never clears, so
 * every CLI command would idle 10 s before exiting. Its timers are unref'd: they still fire
 * while the command works, but no longer keep a finished process alive.
 */
function unrefSchemaEngineTimers(): void {
  const slot = globalThis as { [UNREF]?: true };
  if (slot[UNREF]) return;
  slot[UNREF] = true;
  const original = globalThis.setTimeout;
  const patched = function (this: unknown, ...args: Parameters<typeof setTimeout>) {
    const timer = original.apply(this, args);
    if (new Error().stack?.includes("wasm://")) timer.unref?.();
    return timer;
  };
  globalThis.setTimeout = Object.assign(patched, original) as typeof setTimeout;
}
const UNREF = Symbol.for("policy-calculator.unref-schema-engine-timers");

/** OIDs of pg_catalog's text-like types and their arrays → text (25) and text[] (1009). */
const AS_TEXT: Record<number, number> = {
  18: 25, // "char"
  19: 25, // name
  1002: 1009, // "char"[]
  1003: 1009, // name[]
};

type Field = { dataTypeID: number };
type Result = { fields: Field[]; rows: unknown[][] };
type PerformIO = (this: unknown, query: unknown) => Promise<Result>;
const PATCHED = Symbol.for("policy-calculator.pg-cli-adapter");

/** Patches the adapter's query method (on its shared prototype) once per process. */
function retypeCatalogColumns(adapter: object): void {
  let proto: object | null = Object.getPrototypeOf(adapter);
  while (proto && !Object.prototype.hasOwnProperty.call(proto, "performIO")) {
    proto = Object.getPrototypeOf(proto);
  }
  if (!proto) throw new Error("@prisma/adapter-pg changed: no performIO to patch");
  const target = proto as { performIO: PerformIO; [PATCHED]?: true };
  if (target[PATCHED]) return;
  const original = target.performIO;
  target.performIO = async function (this: unknown, query: unknown) {
    const result = await original.call(this, query);
    result.fields?.forEach((field, index) => {
      const text = AS_TEXT[field.dataTypeID];
      if (text === undefined) return;
      if (text === 1009) {
        // Arrays of these types arrive unparsed ("{a,b}"): parse the simple literal form.
        for (const row of result.rows) row[index] = parseTextArray(row[index]);
      }
      field.dataTypeID = text;
    });
    return result;
  };
  target[PATCHED] = true;
}

function parseTextArray(value: unknown): unknown {
  if (typeof value !== "string" || !value.startsWith("{") || !value.endsWith("}")) return value;
  const inner = value.slice(1, -1);
  if (inner === "") return [];
  return inner.split(",").map((item) => item.replace(/^"(.*)"$/, "$1"));
}

/**
 * The URL as separate pg settings. PrismaPg's shadow database (migrate diff --from-migrations)
 * spreads the config and sets `database`, which a `connectionString` would override, so the
 * "shadow" would be the real database.
 */
export function poolConfig(url: string) {
  const parsed = new URL(url);
  const sslmode = parsed.searchParams.get("sslmode");
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || undefined,
    // The CLI does not always close its pool; without this it waits out the idle timeout.
    allowExitOnIdle: true,
    ...(sslmode && sslmode !== "disable"
      ? { ssl: { rejectUnauthorized: sslmode !== "require" } }
      : {}),
  };
}

/** PrismaPg for the CLI, with pg_catalog's `name` and `"char"` columns read as text. */
export function cliPostgresAdapter(url: string) {
  unrefSchemaEngineTimers();
  const config = poolConfig(url);
  const factory = new PrismaPg(config);
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    retypeCatalogColumns(adapter);
    return adapter;
  };
  // PrismaPg's own shadow database drops the database before closing its pool ("being accessed
  // by other users"): close first, then drop.
  factory.connectToShadowDb = async () => {
    const admin = await factory.connect();
    const database = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await admin.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...config, database }).connect();
    retypeCatalogColumns(shadow);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      await admin.executeScript(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.dispose();
    };
    return shadow;
  };
  return factory;
}
