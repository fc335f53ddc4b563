import { readUpload } from "@/lib/api/read-upload";
import { jsonError, jsonOk, staffRoute } from "@/lib/auth/api";
import { MAX_BATCH_ROWS } from "@/lib/batch/columns";
import { MAX_ITEM_ROWS, MAX_SHEET_COLUMNS, MAX_UPLOAD_BYTES } from "@/lib/batch/limits";
import { readBatchFile, type ReadProblem } from "@/lib/batch/read-file";
import { validateSheet } from "@/lib/batch/validate";
import { createBatchJob, listBatchJobs } from "@/lib/data/batch";
import { isIsoDate } from "@/lib/engine/validity";
import { todayInHangzhou } from "@/lib/today";

export const dynamic = "force-dynamic";

/** GET /api/staff/batch — the recent batch jobs of the centre. */
export const GET = staffRoute(async ({ actor }) => jsonOk({ jobs: await listBatchJobs(actor) }));

const READ_MESSAGES: Record<ReadProblem, string> = {
  format: "Only .csv and .xlsx files can be read.",
  empty: "The file is empty.",
  unreadable: "The file could not be read as an .xlsx workbook.",
  encoding: "The file is in UTF-16; save it as CSV UTF-8 or as .xlsx.",
  "too-many-rows": `The file has more than ${MAX_BATCH_ROWS} enterprises or ${MAX_ITEM_ROWS} item rows.`,
  "too-wide": `The file has text beyond column ${MAX_SHEET_COLUMNS}.`,
  "too-big": "The workbook unpacks to more data or sheets than a batch file can hold.",
};

/**
 * POST /api/staff/batch (multipart: file, asOf) — reads a .csv or .xlsx, validates every row and
 * records the job with its report. Nothing is imported from a file with bad rows until the user
 * chooses to (POST …/import). The body is read as it arrives and refused past 20 MB; the file is
 * read within the bounds of lib/batch/limits.ts.
 */
export const POST = staffRoute(
  async ({ actor, request }) => {
    const received = await readUpload(request, MAX_UPLOAD_BYTES);
    if (!received.ok) {
      if (received.reason === "too-large")
        return jsonError(413, "too-large", "The file is larger than 20 MB.");
      if (received.reason === "no-file")
        return jsonError(400, "no-file", "Choose a .csv or .xlsx file.");
      return jsonError(400, "invalid", "Expected a multipart form with a file.");
    }
    const { file, fields } = received.upload;
    const asOf = fields.asOf?.trim() ? fields.asOf.trim() : todayInHangzhou();
    if (!isIsoDate(asOf))
      return jsonError(400, "invalid-date", "The evaluation date is not a date (YYYY-MM-DD).");
    const read = await readBatchFile(file.name, file.bytes);
    if (!read.ok) return jsonError(422, `file-${read.problem}`, READ_MESSAGES[read.problem]);
    const report = validateSheet(read.sheet, read.items);
    const job = await createBatchJob(actor, { fileName: file.name, asOf, report });
    return jsonOk(
      {
        id: job.id,
        status: job.status,
        totalRows: report.totalRows,
        goodRows: report.good.length,
        badRows: report.badRows,
      },
      { status: 201 },
    );
  },
  { mutation: true },
);
