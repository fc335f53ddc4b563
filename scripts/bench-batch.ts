/**
 * npm run bench:batch — validates and evaluates a 10,000-enterprise batch workbook end to end, as
 * the workspace does: read the .xlsx (the enterprise sheet and about 3 items per enterprise in the
 * item sheets), check every row, stage the profiles in the database, evaluate them in chunks with
 * progress written after each, then build the CSV and Excel downloads and save the enterprises as
 * clients with their evaluations. Uses its own database (data/bench-batch.db). Prints seconds per
 * stage and in total, and the process's peak resident memory (generating the file included).
 * Run as `tsx --conditions=react-server scripts/bench-batch.ts [rows] [--csv] [--all-policies]`;
 * --csv reads the enterprise sheet alone as CSV (no items); --all-policies leaves the industries
 * empty, so every row is checked against all nine policies.
 * Peak RSS follows V8's heap growth, which is lazy with this much short-lived garbage: with
 * NODE_OPTIONS=--max-old-space-size=512 the same run (saving clients included) peaks near 800 MB.
 */
import { rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import Papa from "papaparse";

const args = process.argv.slice(2);
const allPolicies = args.includes("--all-policies");
const asCsv = args.includes("--csv") || allPolicies;
const rowsWanted = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
const DB = "data/bench-batch.db";
for (const s of ["", "-journal", "-wal", "-shm"]) rmSync(`${DB}${s}`, { force: true });
process.env.DATABASE_URL = `file:./${DB}`;
execFileSync(process.execPath, ["scripts/migrate.mjs"], { stdio: "ignore", env: process.env });

const { sampleSheet } = await import("@/lib/batch/sample");
const { sampleWorkbook } = await import("@/lib/batch/sample-workbook");
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

const fileName = asCsv ? "bench.csv" : "bench.xlsx";
const bytes = asCsv
  ? new TextEncoder().encode("\uFEFF" + Papa.unparse(sampleSheet(rowsWanted, 7, { allPolicies })))
  : await sampleWorkbook(rowsWanted, 7, 3);

/** The process's peak resident memory so far, in MB. */
const peakRss = () => process.resourceUsage().maxRSS / 1024;
const times: [string, number, number][] = [];
let mark = performance.now();
const generatedAt = peakRss();
const lap = (name: string) => {
  const now = performance.now();
  times.push([name, (now - mark) / 1000, peakRss()]);
  mark = now;
};

const read = await readBatchFile(fileName, bytes);
if (!read.ok) throw new Error(`read: ${read.problem}`);
lap(asCsv ? "read CSV" : "read .xlsx (all sheets)");
const report = validateSheet(read.sheet, read.items);
lap("validate rows and items");
if (report.badRows || report.fileProblems.length)
  throw new Error(`the sample should be valid: ${JSON.stringify(report.problems.slice(0, 3))}`);
const items = (read.items ?? []).reduce((s, x) => s + x.sheet.rows.length, 0);
const { id } = await batch.createBatchJob(actor, {
  fileName,
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
const evaluatedPeak = peakRss();

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
  `enterprises: ${rowsWanted}, items: ${items} (${(bytes.length / 1048576).toFixed(1)} MiB ${asCsv ? "CSV" : ".xlsx"}); payable clause rows: ${clauses}`,
);
console.log(`  peak RSS after generating the file: ${generatedAt.toFixed(0)} MB`);
for (const [name, seconds, peak] of times)
  console.log(`  ${name.padEnd(46)} ${seconds.toFixed(2)} s   peak RSS ${peak.toFixed(0)} MB`);
console.log(
  `validated and evaluated ${rowsWanted} enterprises in ${validatedAndEvaluated.toFixed(1)} s (limit 30 s)`,
);
console.log(
  `peak memory (RSS) up to the end of the evaluation: ${evaluatedPeak.toFixed(0)} MB (limit 1024 MB)`,
);
console.log(
  `downloads: CSV ${(out.length / 1048576).toFixed(1)} MiB, Excel ${(xlsx.length / 1048576).toFixed(1)} MiB`,
);
for (const s of ["", "-journal", "-wal", "-shm"]) rmSync(`${DB}${s}`, { force: true });
process.exit(validatedAndEvaluated < 30 && evaluatedPeak < 1024 ? 0 : 1);
