// A batch job's state and progress live in the database: a file uploaded through one instance
// is run through the other, and either reports its progress and results.
import { describe, expect, it } from "vitest";
import { db, loggedIn, servers } from "./support";

const [A, B] = servers();

describe("a batch job across two instances", () => {
  it("uploaded on one, run on the other, followed and finished on either", async () => {
    const { visitor } = await loggedIn(A);
    const post = (url: string, body?: BodyInit) =>
      visitor.fetch(url, { method: "POST", body, headers: { origin: new URL(url).origin } });

    const template = await visitor.fetch(`${B}/api/staff/batch/template?format=csv`);
    expect(template.status).toBe(200);
    const csv = await template.text();

    const form = new FormData();
    form.append("file", new Blob([csv], { type: "text/csv" }), "batch.csv");
    form.append("asOf", "2025-06-30");
    const upload = await post(`${A}/api/staff/batch`, form);
    expect(upload.status).toBe(201);
    const created = (await upload.json()) as { id: string; status: string; goodRows: number };
    expect(created.goodRows).toBeGreaterThan(0);

    const run = await post(`${B}/api/staff/batch/${created.id}/run`);
    expect(run.status).toBe(202);

    // Follow it on the other instance than the one running it.
    let job: { status: string; processedRows: number; goodRows: number } | undefined;
    for (let i = 0; i < 120; i++) {
      const response = await visitor.fetch(`${A}/api/staff/batch/${created.id}`);
      expect(response.status).toBe(200);
      job = await response.json();
      if (job!.status === "done" || job!.status === "failed") break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(job).toMatchObject({ status: "done", processedRows: created.goodRows });

    const results = await db.batchResult.count({ where: { jobId: created.id } });
    expect(results).toBe(created.goodRows);
    const fromB = await visitor.fetch(`${B}/api/staff/batch/${created.id}`);
    expect(await fromB.json()).toMatchObject({ status: "done", processedRows: created.goodRows });
  });
});
