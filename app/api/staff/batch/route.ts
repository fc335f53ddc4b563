import { z } from "zod";
import { jsonError, jsonOk, staffRoute } from "@/lib/auth/api";
import { readBatchFile } from "@/lib/batch/read-file";
import { validateSheet } from "@/lib/batch/validate";
import { createBatchJob, listBatchJobs } from "@/lib/data/batch";
import { isIsoDate } from "@/lib/engine/validity";
import { todayInHangzhou } from "@/lib/today";

export const dynamic = "force-dynamic";

/** Uploads larger than this are refused before they are read (10,000 rows take about 2 MB). */
const MAX_BYTES = 20 * 1024 * 1024;

/** GET /api/staff/batch — the recent batch jobs of the centre. */
export const GET = staffRoute(async ({ actor }) => jsonOk({ jobs: await listBatchJobs(actor) }));

const asOfSchema = z.string().refine(isIsoDate).optional().catch(undefined);

/**
 * POST /api/staff/batch (multipart: file, asOf) — reads a .csv or .xlsx, validates every row and
 * records the job with its report. Nothing is imported from a file with bad rows until the user
 * chooses to (POST …/import).
 */
export const POST = staffRoute(
  async ({ actor, request }) => {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_BYTES) return jsonError(413, "too-large", "The file is larger than 20 MB.");
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return jsonError(400, "invalid", "Expected a multipart form with a file.");
    }
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0)
      return jsonError(400, "no-file", "Choose a .csv or .xlsx file.");
    if (file.size > MAX_BYTES) return jsonError(413, "too-large", "The file is larger than 20 MB.");
    const asOf = asOfSchema.parse(form.get("asOf") ?? undefined) ?? todayInHangzhou();
    const read = await readBatchFile(file.name, new Uint8Array(await file.arrayBuffer()));
    if (!read.ok) return jsonError(422, `file-${read.problem}`, "The file could not be read.");
    const report = validateSheet(read.sheet);
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
