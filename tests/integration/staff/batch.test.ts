// Longer than 300 lines on purpose: a batch job's whole life (upload, decision, run, resume, export, save as clients) on one seeded database.
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { beforeAll, describe, expect, it } from "vitest";
import { resultsCsv, resultsXlsx, SUMMARY_HEADERS } from "@/lib/batch/export";
import { readBatchFile } from "@/lib/batch/read-file";
import { sampleSheet } from "@/lib/batch/sample";
import { validateSheet } from "@/lib/batch/validate";
import { ConflictError, ForbiddenError } from "@/lib/data/errors";
import { makeAdmin, makeCentre, freshStaffDatabase } from "./support";

await freshStaffDatabase("batch");

const batch = await import("@/lib/data/batch");
const runner = await import("@/lib/data/batch-runner");
const { db } = await import("@/lib/data/db");

let west: Awaited<ReturnType<typeof makeCentre>>;
let other: Awaited<ReturnType<typeof makeCentre>>;
beforeAll(async () => {
  west = await makeCentre("Batch west");
  other = await makeCentre("Batch other");
});

async function upload(sheet: string[][], name = "file.csv") {
  const read = await readBatchFile(name, new TextEncoder().encode(Papa.unparse(sheet)));
  if (!read.ok) throw new Error(read.problem);
  const report = validateSheet(read.sheet);
  return {
    report,
    ...(await batch.createBatchJob(west.staff, { fileName: name, asOf: "2025-06-30", report })),
  };
}

async function counts(jobId: string) {
  const client = await db();
  return {
    results: await client.batchResult.count({ where: { jobId } }),
    rows: await client.batchRow.count({ where: { jobId } }),
  };
}

describe("a batch file with bad rows", () => {
  it("imports nothing until the user chooses to go on with the good rows", async () => {
    const sheet = sampleSheet(6, 3);
    sheet[2]![1] = "91350100M000100Y44"; // wrong check character
    sheet[4]![8] = "一千万"; // not an amount
    const { id, status, report } = await upload(sheet);
    expect(status).toBe("needs-decision");
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, "统一社会信用代码"],
      [5, "本年度营业收入（元）"],
    ]);
    const job = await batch.getBatchJob(west.staff, id);
    expect(job).toMatchObject({ totalRows: 6, goodRows: 4, badRows: 2, processedRows: 0 });
    await expect(batch.queueJob(west.staff, id)).rejects.toThrow(ConflictError);
    expect((await counts(id)).results).toBe(0);
    const problems = await batch.getBatchProblems(west.staff, id);
    expect(problems.problems[0]!.message.zh).toContain("校验码");

    await batch.importGoodRows(west.staff, id);
    await batch.queueJob(west.staff, id);
    expect(await runner.runBatchJob(id)).toBe(true);
    const done = await batch.getBatchJob(west.staff, id);
    expect(done).toMatchObject({ status: "done", processedRows: 4 });
    const { rows } = await batch.batchExportRows(west.staff, id, "csv");
    expect(rows.map((r) => r.row)).toEqual([2, 4, 6, 7]);
  });

  it("can be discarded, leaving nothing behind", async () => {
    const sheet = sampleSheet(3, 4);
    sheet[1]![0] = "";
    const { id } = await upload(sheet);
    await batch.discardJob(west.staff, id);
    expect(await counts(id)).toEqual({ results: 0, rows: 0 });
    expect((await batch.getBatchJob(west.staff, id)).status).toBe("discarded");
  });

  it("without the required columns is rejected as a whole", async () => {
    const { status, id } = await upload([["名称"], ["x"]]);
    expect(status).toBe("rejected");
    expect(await counts(id)).toEqual({ results: 0, rows: 0 });
  });
});

describe("evaluating a batch", () => {
  it("writes progress after every chunk and gives one result per row", async () => {
    const { id, status } = await upload(sampleSheet(1_200, 5));
    expect(status).toBe("ready");
    await batch.queueJob(west.staff, id);
    const seen: number[] = [];
    const client = await db();
    const poll = setInterval(() => {
      void client.batchJob
        .findUnique({ where: { id }, select: { processedRows: true } })
        .then((j) => j && seen.push(j.processedRows));
    }, 5);
    await runner.runBatchJob(id, { chunkRows: 300 });
    clearInterval(poll);
    const job = await batch.getBatchJob(west.staff, id);
    expect(job).toMatchObject({ status: "done", processedRows: 1_200, goodRows: 1_200 });
    expect(job.rulesVersion).toMatch(/^\d{4}\.\d+\+[0-9a-f]{8}$/);
    expect((await counts(id)).results).toBe(1_200);
    expect(seen.some((n) => n > 0 && n < 1_200)).toBe(true);
  });

  it("resumes a job whose worker went quiet, without evaluating a row twice", async () => {
    const { id } = await upload(sampleSheet(50, 6));
    await batch.queueJob(west.staff, id);
    const client = await db();
    // A worker that finished its first chunk of 20 rows and died two minutes ago.
    const t = new Date(Date.now() - 120_000);
    await client.batchJob.update({
      where: { id },
      data: { status: "running", workerId: "crashed", heartbeatAt: t, processedRows: 20 },
    });
    const first = await client.batchRow.findMany({
      where: { jobId: id },
      orderBy: { rowNumber: "asc" },
      take: 20,
    });
    await client.batchResult.createMany({
      data: first.map((r) => ({
        jobId: id,
        rowNumber: r.rowNumber,
        totalMin: 0n,
        totalMax: 0n,
        eligibleCount: 0,
        needsInfo: 0,
        byPolicyJson: "{}",
        clausesJson: "[]",
      })),
    });
    const partial = await counts(id);
    expect(partial.results).toBe(20);
    expect(await runner.runBatchJob(id, { workerId: "second" })).toBe(true);
    const job = await batch.getBatchJob(west.staff, id);
    expect(job).toMatchObject({ status: "done", processedRows: 50 });
    expect((await counts(id)).results).toBe(50);
  });

  it("is not taken over while its worker is alive", async () => {
    const { id } = await upload(sampleSheet(5, 8));
    await batch.queueJob(west.staff, id);
    const client = await db();
    await client.batchJob.update({
      where: { id },
      data: { status: "running", workerId: "alive", heartbeatAt: new Date() },
    });
    expect(await runner.runBatchJob(id, { workerId: "intruder" })).toBe(false);
  });
});

describe("batch results", () => {
  it("download as CSV with a BOM and as Excel with a sheet of enterprises and one of clauses", async () => {
    const sheet = sampleSheet(40, 9);
    sheet[1]![0] = '=HYPERLINK("http://x")';
    const { id } = await upload(sheet);
    await batch.queueJob(west.staff, id);
    await runner.runBatchJob(id);
    const { rows } = await batch.batchExportRows(west.staff, id, "xlsx");
    const csv = resultsCsv(rows);
    expect(csv.startsWith("\uFEFF行号,企业名称,统一社会信用代码")).toBe(true);
    expect(csv).toContain('"\'=HYPERLINK(""http://x"")"');
    const parsed = Papa.parse<string[]>(csv.slice(1).trim()).data;
    expect(parsed).toHaveLength(41);
    expect(parsed[0]).toEqual([...SUMMARY_HEADERS]);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await resultsXlsx(rows)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["企业汇总", "条款明细"]);
    const summary = workbook.getWorksheet("企业汇总")!;
    expect(summary.rowCount).toBe(41);
    expect(summary.getRow(1).getCell(7).value).toBe("合计最低（元）");
    const clauses = workbook.getWorksheet("条款明细")!;
    const clauseCount = rows.reduce((s, r) => s + r.summary.clauses.length, 0);
    expect(clauses.rowCount).toBe(clauseCount + 1);
    const total = rows.reduce((s, r) => s + r.summary.totalMax, 0);
    let sheetTotal = 0;
    let unknown = 0;
    summary.eachRow((row, n) => {
      if (n === 1) return;
      const value = row.getCell(8).value;
      // Nothing computed while information is missing reads 未知, never a bare 0.
      if (value === "未知") unknown++;
      else sheetTotal += Number(value);
    });
    expect(sheetTotal).toBe(total);
    expect(unknown).toBe(
      rows.filter(
        (r) => r.summary.totalMax === 0 && r.summary.toWin[1] === 0 && r.summary.needsInfo > 0,
      ).length,
    );
    expect(summary.getRow(1).getCell(12).value).toBe("最需补充的信息（按可能金额排序）");
  });

  it("of the workbook template: its example drug (phase II, 3000万 × 40% = 1200万) is to win, not 0", async () => {
    const { templateXlsx } = await import("@/lib/batch/template");
    const read = await readBatchFile("模板.xlsx", await templateXlsx());
    if (!read.ok) throw new Error(read.problem);
    const report = validateSheet(read.sheet, read.items);
    const { id } = await batch.createBatchJob(west.staff, {
      fileName: "模板.xlsx",
      asOf: "2025-06-30",
      report,
    });
    await batch.queueJob(west.staff, id);
    await runner.runBatchJob(id);
    const { rows } = await batch.batchExportRows(west.staff, id, "csv");
    expect(rows).toHaveLength(3);
    const bio = rows[0]!.summary;
    expect(bio.compact.find((c) => c[0] === "biomedicine/3")).toEqual([
      "biomedicine/3",
      "eligible",
      0,
      12_000_000,
      "to-win",
    ]);
    // With the frontier research of its policy sheet, clause 2 adds up to 3000万 to win.
    expect(bio.toWin).toEqual([0, 42_000_000]);
    expect(bio.missing).toHaveLength(3);
    // Labels, never internal paths.
    for (const [zh, en] of rows.flatMap((r) => r.summary.missing)) {
      expect(zh).not.toMatch(/[a-z]+\.[a-z]+/i);
      expect(en.length).toBeGreaterThan(0);
    }
    const csv = Papa.parse<string[]>(resultsCsv(rows).slice(1).trim()).data;
    const at = (header: string) => SUMMARY_HEADERS.indexOf(header);
    expect(csv[1]![at("需争取（评审、排名等，元）")]).toBe("最高 42000000");
  });

  it("and jobs are the uploading centre's only", async () => {
    const { id } = await upload(sampleSheet(2, 10));
    await expect(batch.getBatchJob(other.staff, id)).rejects.toThrow(ForbiddenError);
    await expect(batch.queueJob(other.staff, id)).rejects.toThrow(ForbiddenError);
    expect((await batch.listBatchJobs(other.staff)).map((j) => j.id)).not.toContain(id);
    const admin = await makeAdmin();
    expect((await batch.getBatchJob(admin, id)).id).toBe(id);
  });
});

describe("keeping a batch's enterprises as clients", () => {
  const saving = () => import("@/lib/data/batch-clients");
  const clients = () => import("@/lib/data/clients");

  async function evaluated(rows: number, seed: number, actor = west.staff) {
    const read = await readBatchFile(
      "c.csv",
      new TextEncoder().encode(Papa.unparse(sampleSheet(rows, seed))),
    );
    if (!read.ok) throw new Error(read.problem);
    const job = await batch.createBatchJob(actor, {
      fileName: "c.csv",
      asOf: "2025-06-30",
      report: validateSheet(read.sheet),
    });
    await batch.queueJob(actor, job.id);
    await runner.runBatchJob(job.id);
    return job.id;
  }

  it("creates one client per row with its name, district and profile; a second time creates none", async () => {
    const { saveBatchRowsAsClients } = await saving();
    const { listClients, getClient } = await clients();
    const { staff } = await makeCentre("Batch to clients");
    const id = await evaluated(12, 21, staff);
    expect(await saveBatchRowsAsClients(staff, id)).toEqual({
      created: 12,
      existing: 0,
      evaluated: 12,
    });
    const list = await listClients(staff, { pageSize: 100 });
    expect(list.total).toBe(12);
    const row = await db().then((c) =>
      c.batchRow.findFirstOrThrow({ where: { jobId: id, rowNumber: 5 } }),
    );
    const kept = await getClient(
      staff,
      list.items.find((c) => c.creditCode === row.creditCode)!.id,
    );
    expect(kept).toMatchObject({ name: row.name, district: row.district, version: 1 });
    expect(kept.profile).toEqual(JSON.parse(row.profileJson));

    expect(await saveBatchRowsAsClients(staff, id)).toEqual({
      created: 0,
      existing: 12,
      evaluated: 0,
    });
    expect((await listClients(staff, { pageSize: 100 })).total).toBe(12);
    const audit = await db().then((c) =>
      c.auditLog.findMany({
        where: { actorId: staff.id, entity: "client" },
        orderBy: { at: "asc" },
      }),
    );
    expect(audit.map((a) => a.summary)).toEqual([
      "从批量文件 c.csv 新建客户 12 家（已有 0 家，未改动；12 家附批量评估结果）",
      "从批量文件 c.csv 新建客户 0 家（已有 12 家，未改动；0 家附批量评估结果）",
    ]);
  });

  it("saves each new client with the batch's evaluation: listed as evaluated, same totals and clauses", async () => {
    const { saveBatchRowsAsClients } = await saving();
    const { listClients } = await clients();
    const { getEvaluation, listEvaluations } = await import("@/lib/data/evaluations");
    const { evaluate } = await import("@/lib/engine/evaluate");
    const { roundOn } = await import("@/lib/rounds");
    const { registry } = await import("@/rules");
    const { staff } = await makeCentre("Batch evaluated clients");
    const id = await evaluated(6, 26, staff);
    await saveBatchRowsAsClients(staff, id);
    const list = await listClients(staff, { pageSize: 10 });
    expect(list.items.every((c) => c.evaluations === 1 && c.reevaluate === null)).toBe(true);
    expect(list.items.every((c) => c.lastRound === 2025)).toBe(true);
    for (const c of list.items) {
      const [summary] = await listEvaluations(staff, c.id);
      const detail = await getEvaluation(staff, summary!.id);
      const direct = evaluate(registry, detail.profile, roundOn("2025-06-30"));
      // The compact result keeps per clause status and amount: the totals are the same.
      expect(detail.result.totals.overall).toEqual(direct.totals.overall);
      expect(detail.result.totals.toWin).toEqual(direct.totals.toWin);
      const statusOf = (r: typeof direct) =>
        r.clauses
          .filter((k) => k.forApplicant && ["eligible", "needs-info"].includes(k.status))
          .map((k) => [k.id, k.status, k.amount]);
      expect(statusOf(detail.result)).toEqual(statusOf(direct));
    }
  });

  it("leaves a client the centre already has untouched (same credit code, edited name)", async () => {
    const { saveBatchRowsAsClients } = await saving();
    const { listClients } = await clients();
    const { staff } = await makeCentre("Batch existing");
    // Rows 1–3 of every sample file have the same credit codes: the second file's are known.
    await saveBatchRowsAsClients(staff, await evaluated(3, 22, staff));
    const client = await db();
    const first = (await listClients(staff, { pageSize: 10 })).items[0]!;
    await client.client.update({ where: { id: first.id }, data: { name: "改过名的企业" } });
    expect(await saveBatchRowsAsClients(staff, await evaluated(5, 23, staff))).toEqual({
      created: 2,
      existing: 3,
      evaluated: 2,
    });
    const names = (await listClients(staff, { pageSize: 10 })).items.map((c) => c.name);
    expect(names).toHaveLength(5);
    expect(names).toContain("改过名的企业");
  });

  it("is refused to another centre's staff, for an admin's own job, and before the rows are imported", async () => {
    const { saveBatchRowsAsClients } = await saving();
    const id = await evaluated(2, 24);
    await expect(saveBatchRowsAsClients(other.staff, id)).rejects.toThrow(ForbiddenError);
    const admin = await makeAdmin();
    await expect(saveBatchRowsAsClients(admin, await evaluated(2, 25, admin))).rejects.toThrow(
      ConflictError,
    );
    const sheet = sampleSheet(3, 26);
    sheet[1]![1] = "not a code";
    const { id: undecided } = await upload(sheet);
    await expect(saveBatchRowsAsClients(west.staff, undecided)).rejects.toThrow(ConflictError);
  });
});
