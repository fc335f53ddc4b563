/**
 * npm run bench:batch — validates and evaluates a 10,000-row batch file end to end, as the
 * workspace does: read the CSV, check every row, stage the rows in the database, evaluate them in
 * chunks with progress written after each, then build the CSV and Excel downloads.
 * Uses its own database (data/bench-batch.db). Prints seconds per stage and in total.
 * Run as `tsx --conditions=react-server scripts/bench-batch.ts [rows] [--all-policies]`;
 * --all-policies leaves the industries empty, so every row is checked against all nine policies.
 */
import { rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import Papa from "papaparse";

const args = process.argv.slice(2);
const allPolicies = args.includes("--all-policies");
const rowsWanted = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const DB = "data/bench-batch.db";
for (const s of ["", "-journal", "-wal", "-shm"]) rmSync(`${DB}${s}`, { force: true });
process.env.DATABASE_URL = `file:./${DB}`;
execFileSync(process.execPath, ["scripts/migrate.mjs"], { stdio: "ignore", env: process.env });

const { sampleSheet } = await import("@/lib/batch/sample");
const { readBatchFile } = await import("@/lib/batch/read-file");
const { validateSheet } = await import("@/lib/batch/validate");
const { resultsCsv, resultsXlsx } = await import("@/lib/batch/export");
const accounts = await import("@/lib/data/accounts");
const batch = await import("@/lib/data/batch");
const runner = await import("@/lib/data/batch-runner");
const { saveBatchRowsAsClients } = await import("@/lib/data/batch-clients");

const centre = await accounts.createCentre(null, { name: "Bench centre" });
const user = await accounts.createStaff(null, {
  email: "bench@example.org",
  name: "Bench",
  role: "staff",
  centreId: centre.id,
  password: "bench-password-0",
});
const actor = { ...user, role: "staff" as const };

const csv = "\uFEFF" + Papa.unparse(sampleSheet(rowsWanted, 7, { allPolicies }));
const bytes = new TextEncoder().encode(csv);

const times: [string, number][] = [];
let mark = performance.now();
const lap = (name: string) => {
  const now = performance.now();
  times.push([name, (now - mark) / 1000]);
  mark = now;
};

const read = await readBatchFile("bench.csv", bytes);
if (!read.ok) throw new Error(`read: ${read.problem}`);
lap("read CSV");
const report = validateSheet(read.sheet);
lap("validate rows");
if (report.badRows || report.fileProblems.length) throw new Error("the sample should be valid");
const { id } = await batch.createBatchJob(actor, {
  fileName: "bench.csv",
  asOf: "2025-06-30",
  report,
});
lap("stage rows in the database");
await batch.queueJob(actor, id);
await runner.runBatchJob(id);
lap("evaluate (chunks, progress in the database)");
const job = await batch.getBatchJob(actor, id);
if (job.status !== "done" || job.processedRows !== rowsWanted)
  throw new Error(`job ended ${job.status} at ${job.processedRows}`);
const validatedAndEvaluated = times.reduce((s, [, t]) => s + t, 0);

const { rows } = await batch.batchExportRows(actor, id, "csv");
const out = resultsCsv(rows);
lap("results CSV");
const xlsx = await resultsXlsx(rows);
lap("results Excel");
const saved = await saveBatchRowsAsClients(actor, id);
if (saved.created !== rowsWanted) throw new Error(`saved ${saved.created} clients`);
lap("save the enterprises as clients");

const clauses = rows.reduce((s, r) => s + r.summary.clauses.length, 0);
console.log(
  `rows: ${rowsWanted} (${(bytes.length / 1048576).toFixed(1)} MiB CSV); payable clause rows: ${clauses}`,
);
for (const [name, seconds] of times) console.log(`  ${name.padEnd(46)} ${seconds.toFixed(2)} s`);
console.log(
  `validated and evaluated ${rowsWanted} rows in ${validatedAndEvaluated.toFixed(1)} s (limit 30 s)`,
);
console.log(
  `downloads: CSV ${(out.length / 1048576).toFixed(1)} MiB, Excel ${(xlsx.length / 1048576).toFixed(1)} MiB`,
);
for (const s of ["", "-journal", "-wal", "-shm"]) rmSync(`${DB}${s}`, { force: true });
process.exit(validatedAndEvaluated < 30 ? 0 : 1);
