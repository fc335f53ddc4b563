import { describe, expect, it } from "vitest";
import { readUpload } from "@/lib/api/read-upload";
import { chunkedBody, MB } from "./support/body";

// Issue 20, item 2: a chunked 1.5 GB POST to the batch upload grew a worker from 1.2 to 4.7 GB
// before its 413, because request.formData() read everything first.

const BOUNDARY = "----hostile";
const head = new TextEncoder().encode(
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n`,
);

function upload(totalBytes: number, headers: Record<string, string> = {}) {
  const { stream, counter } = chunkedBody(totalBytes, head);
  const request = new Request("http://calc.test/api/staff/batch", {
    method: "POST",
    headers: { "content-type": `multipart/form-data; boundary=${BOUNDARY}`, ...headers },
    body: stream,
    duplex: "half",
  } as RequestInit);
  return { request, counter };
}

describe("upload bodies are limited while they stream", () => {
  it("a chunked 1.5 GB body stops at the 20 MB limit: 413 after reading ~20 MB", async () => {
    const { request, counter } = upload(1536 * MB);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const result = await readUpload(request, 20 * MB);
    const ms = Math.round(performance.now() - started);
    const growth = Math.round((process.memoryUsage().rss - rssBefore) / MB);
    console.log(
      `chunked 1.5 GB: refused after ${ms} ms, ${Math.round(counter.pulled / MB)} MB pulled, RSS +${growth} MB`,
    );
    expect(result).toEqual({ ok: false, reason: "too-large" });
    // 20 MB of file + 64 kB of envelope, plus what the stream had buffered ahead (a few chunks).
    expect(counter.pulled).toBeLessThan(22 * MB);
    expect(growth).toBeLessThan(200);
  });

  it("a declared Content-Length over the limit is refused before any byte is read", async () => {
    const { request, counter } = upload(1536 * MB, { "content-length": String(1536 * MB) });
    expect(await readUpload(request, 20 * MB)).toEqual({ ok: false, reason: "too-large" });
    // The stream's own eager first pull (the part header) only: no file byte was read.
    expect(counter.pulled).toBe(head.byteLength);
  });

  it("a body that is not multipart is refused as invalid, an empty file as no file", async () => {
    const json = new Request("http://calc.test/x", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(await readUpload(json, MB)).toEqual({ ok: false, reason: "invalid" });
    const form = new FormData();
    form.set("file", new File([], "a.csv"));
    const empty = new Request("http://calc.test/x", { method: "POST", body: form });
    expect(await readUpload(empty, MB)).toEqual({ ok: false, reason: "no-file" });
  });

  it("a normal upload arrives whole, with its fields", async () => {
    const form = new FormData();
    form.set("file", new File(["企业名称\n甲\n"], "企业.csv"));
    form.set("asOf", "2025-06-30");
    const result = await readUpload(
      new Request("http://calc.test/x", { method: "POST", body: form }),
      MB,
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.upload.file.name).toBe("企业.csv");
    expect(new TextDecoder().decode(result.upload.file.bytes)).toBe("企业名称\n甲\n");
    expect(result.upload.fields).toEqual({ asOf: "2025-06-30" });
  });
});
