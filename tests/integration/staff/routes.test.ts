import { roundOn } from "@/lib/rounds";
import { beforeAll, describe, expect, it } from "vitest";
import { sampleSheet } from "@/lib/batch/sample";
import { validateSheet } from "@/lib/batch/validate";
import { profileSchema } from "@/lib/profile/schema";
import { withCheckChar } from "@/lib/clients/credit-code";
import { makeAdmin, makeCentre, PASSWORD, freshStaffDatabase } from "./support";

await freshStaffDatabase("routes");

const { authenticate } = await import("@/lib/data/sessions");
const clients = await import("@/lib/data/clients");
const evaluations = await import("@/lib/data/evaluations");
const batch = await import("@/lib/data/batch");
const runner = await import("@/lib/data/batch-runner");

const session = await import("@/app/api/staff/session/route");
const clientList = await import("@/app/api/staff/clients/route");
const clientOne = await import("@/app/api/staff/clients/[id]/route");
const evaluationOne = await import("@/app/api/staff/evaluations/[id]/route");
const batchRoot = await import("@/app/api/staff/batch/route");
const template = await import("@/app/api/staff/batch/template/route");
const batchOne = await import("@/app/api/staff/batch/[id]/route");
const batchImport = await import("@/app/api/staff/batch/[id]/import/route");
const batchRun = await import("@/app/api/staff/batch/[id]/run/route");
const batchDiscard = await import("@/app/api/staff/batch/[id]/discard/route");
const batchResults = await import("@/app/api/staff/batch/[id]/results/route");
const batchProblems = await import("@/app/api/staff/batch/[id]/problems/route");
const batchClients = await import("@/app/api/staff/batch/[id]/clients/route");

type Handler = (
  request: Request,
  context: { params: Promise<{ id: string }> },
) => Promise<Response>;

const ORIGIN = "http://calc.test";
const SECRET_NAME = "杭州绝密客户科技有限公司";

let westStaff: Awaited<ReturnType<typeof makeCentre>>["staff"];
let cookieWest = "";
let cookieOther = "";
let ids: { client: string; evaluation: string; job: string; doneJob: string };

async function cookieFor(email: string) {
  const r = await authenticate(email, PASSWORD, { ip: "192.0.2.99" });
  if (!r.ok) throw new Error("login failed");
  return `staff_session=${r.token}`;
}

beforeAll(async () => {
  const west = await makeCentre("Routes west");
  westStaff = west.staff;
  const other = await makeCentre("Routes other");
  cookieWest = await cookieFor(west.staff.email);
  cookieOther = await cookieFor(other.staff.email);
  const { id: client } = await clients.createClient(west.staff, {
    name: SECRET_NAME,
    creditCode: withCheckChar("91330110MA2900001"),
    profile: profileSchema.parse({ enterprise: { industries: ["software"] } }),
  });
  const { id: evaluation } = await evaluations.saveEvaluation(
    west.staff,
    client,
    roundOn("2025-06-30"),
  );
  const rows = sampleSheet(3, 2);
  rows[1]![0] = SECRET_NAME;
  const report = validateSheet({ headers: rows[0]!, rows: rows.slice(1), firstRowNumber: 2 });
  const { id: job } = await batch.createBatchJob(west.staff, {
    fileName: "a.csv",
    asOf: "2025-06-30",
    report,
  });
  const { id: doneJob } = await batch.createBatchJob(west.staff, {
    fileName: "b.csv",
    asOf: "2025-06-30",
    report,
  });
  await batch.queueJob(west.staff, doneJob);
  await runner.runBatchJob(doneJob);
  ids = { client, evaluation, job, doneJob };
});

/** Every route of /api/staff with the ids of one centre's records. */
function routes(): [string, string, Handler, string][] {
  const id = (v: string) => v;
  return [
    ["GET", "/api/staff/session", session.GET as Handler, ""],
    ["GET", `/api/staff/clients?q=${encodeURIComponent("绝密")}`, clientList.GET as Handler, ""],
    ["GET", `/api/staff/clients/${ids.client}`, clientOne.GET as Handler, id(ids.client)],
    [
      "GET",
      `/api/staff/evaluations/${ids.evaluation}`,
      evaluationOne.GET as Handler,
      ids.evaluation,
    ],
    ["GET", "/api/staff/batch", batchRoot.GET as Handler, ""],
    ["POST", "/api/staff/batch", batchRoot.POST as Handler, ""],
    ["GET", "/api/staff/batch/template", template.GET as Handler, ""],
    ["GET", `/api/staff/batch/${ids.job}`, batchOne.GET as Handler, ids.job],
    ["POST", `/api/staff/batch/${ids.job}/import`, batchImport.POST as Handler, ids.job],
    ["POST", `/api/staff/batch/${ids.job}/run`, batchRun.POST as Handler, ids.job],
    ["POST", `/api/staff/batch/${ids.job}/discard`, batchDiscard.POST as Handler, ids.job],
    [
      "GET",
      `/api/staff/batch/${ids.doneJob}/results?format=csv`,
      batchResults.GET as Handler,
      ids.doneJob,
    ],
    ["GET", `/api/staff/batch/${ids.doneJob}/problems`, batchProblems.GET as Handler, ids.doneJob],
    ["POST", `/api/staff/batch/${ids.doneJob}/clients`, batchClients.POST as Handler, ids.doneJob],
  ];
}

function call(
  method: string,
  path: string,
  handler: Handler,
  id: string,
  headers: Record<string, string>,
) {
  const request = new Request(`${ORIGIN}${path}`, {
    method,
    headers: { host: "calc.test", ...(method === "POST" ? { origin: ORIGIN } : {}), ...headers },
  });
  return handler(request, { params: Promise.resolve({ id }) });
}

describe("every /api/staff route", () => {
  it("answers 401 without a session, or with an unknown or forged token", async () => {
    for (const [method, path, handler, id] of routes())
      for (const cookie of ["", "staff_session=forged-token", "other=1"]) {
        const response = await call(method, path, handler, id, cookie ? { cookie } : {});
        expect(response.status, `${method} ${path} [${cookie}]`).toBe(401);
        const body = await response.text();
        expect(JSON.parse(body)).toMatchObject({ error: "unauthorized" });
        expect(body).not.toContain(SECRET_NAME);
      }
  });

  it("answers 403 to another centre's staff for that centre's records, with no client data", async () => {
    const own = new Set(["/api/staff/session", "/api/staff/batch", "/api/staff/batch/template"]);
    for (const [method, path, handler, id] of routes()) {
      if (own.has(path) || path.startsWith("/api/staff/clients?")) continue;
      const response = await call(method, path, handler, id, { cookie: cookieOther });
      const body = await response.text();
      expect(response.status, `${method} ${path}: ${body}`).toBe(403);
      expect(body).not.toContain(SECRET_NAME);
      expect(body).not.toContain("91330110MA29");
    }
    const list = await call("GET", routes()[1]![1], clientList.GET as Handler, "", {
      cookie: cookieOther,
    });
    expect(await list.json()).toMatchObject({ total: 0, items: [] });
    const jobs = await call("GET", "/api/staff/batch", batchRoot.GET as Handler, "", {
      cookie: cookieOther,
    });
    expect(JSON.stringify(await jobs.json())).not.toContain(ids.job);
  });

  it("serves the centre's own staff", async () => {
    const one = await call(
      "GET",
      `/api/staff/clients/${ids.client}`,
      clientOne.GET as Handler,
      ids.client,
      {
        cookie: cookieWest,
      },
    );
    expect(one.status).toBe(200);
    expect(await one.json()).toMatchObject({
      name: SECRET_NAME,
      evaluations: [{ id: ids.evaluation }],
    });
    const csv = await call(
      "GET",
      `/api/staff/batch/${ids.doneJob}/results?format=csv`,
      batchResults.GET as Handler,
      ids.doneJob,
      {
        cookie: cookieWest,
      },
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await csv.text()).toContain(SECRET_NAME);
    const admin = await makeAdmin();
    const adminCookie = await cookieFor(admin.email);
    const asAdmin = await call(
      "GET",
      `/api/staff/clients/${ids.client}`,
      clientOne.GET as Handler,
      ids.client,
      {
        cookie: adminCookie,
      },
    );
    expect(asAdmin.status).toBe(200);
  });

  it("refuses a mutation from another site even with a valid session", async () => {
    for (const [method, path, handler, id] of routes().filter(([m]) => m === "POST"))
      for (const headers of [
        { origin: "https://evil.example" },
        { origin: ORIGIN, "sec-fetch-site": "cross-site" },
      ] as Record<string, string>[]) {
        const request = new Request(`${ORIGIN}${path}`, {
          method,
          headers: { host: "calc.test", cookie: cookieWest, ...headers },
        });
        const response = await handler(request, { params: Promise.resolve({ id }) });
        expect(response.status, `${method} ${path}`).toBe(403);
        expect(await response.json()).toMatchObject({ error: "cross-site" });
      }
    // Nothing happened to the job.
    expect((await batch.getBatchJob(westStaff, ids.job)).status).toBe("ready");
  });

  it("upload: a CSV with a bad row is reported and nothing is imported", async () => {
    const rows = sampleSheet(3, 4);
    rows[2]![1] = "91350100M000100Y44";
    const body = new FormData();
    body.set(
      "file",
      new File(["\uFEFF" + rows.map((r) => r.join(",")).join("\n")], "上传.csv", {
        type: "text/csv",
      }),
    );
    body.set("asOf", "2025-06-30");
    const response = await batchRoot.POST(
      new Request(`${ORIGIN}/api/staff/batch`, {
        method: "POST",
        headers: { host: "calc.test", origin: ORIGIN, cookie: cookieWest },
        body,
      }),
    );
    expect(response.status).toBe(201);
    const job = (await response.json()) as { id: string };
    expect(job).toMatchObject({ status: "needs-decision", totalRows: 3, goodRows: 2, badRows: 1 });
    const run = await call(
      "POST",
      `/api/staff/batch/${job.id}/run`,
      batchRun.POST as Handler,
      job.id,
      {
        cookie: cookieWest,
      },
    );
    expect(run.status).toBe(409);
  });
});
