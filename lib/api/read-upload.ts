import { Readable } from "node:stream";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";

export type Upload = {
  readonly file: { readonly name: string; readonly bytes: Uint8Array };
  readonly fields: Readonly<Record<string, string>>;
};

export type UploadFailure = "too-large" | "invalid" | "no-file";

export type UploadResult =
  | { readonly ok: true; readonly upload: Upload }
  | { readonly ok: false; readonly reason: UploadFailure };

/** Room for the multipart boundaries, part headers and the small text fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;
const MAX_FIELD_BYTES = 1024;
const MAX_FIELDS = 10;

/**
 * A multipart/form-data upload of one file (named `fileField`) and a few short text fields, read as
 * it arrives: a declared Content-Length over the limit is refused before any byte is read, and the
 * bytes actually received are counted, so a chunked body stops at the limit too (the rest of the
 * request is never read into memory). Parsing by busboy.
 */
export async function readUpload(
  request: Request,
  maxFileBytes: number,
  fileField = "file",
): Promise<UploadResult> {
  const maxBodyBytes = maxFileBytes + ENVELOPE_BYTES;
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBodyBytes)
    return { ok: false, reason: "too-large" };
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\b/i.test(contentType) || !request.body)
    return { ok: false, reason: "invalid" };

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { "content-type": contentType },
      // Browsers send file names as raw UTF-8.
      defParamCharset: "utf8",
      limits: {
        files: 1,
        fileSize: maxFileBytes,
        fields: MAX_FIELDS,
        fieldSize: MAX_FIELD_BYTES,
        parts: MAX_FIELDS + 1,
      },
    });
  } catch {
    return { ok: false, reason: "invalid" };
  }

  const source = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  return new Promise<UploadResult>((resolve) => {
    const fields: Record<string, string> = {};
    let file: Upload["file"] | undefined;
    let received = 0;
    let settled = false;
    const finish = (result: UploadResult) => {
      if (settled) return;
      settled = true;
      if (!result.ok) {
        source.unpipe(parser);
        source.destroy();
      }
      resolve(result);
    };

    source.on("data", (chunk: Uint8Array) => {
      received += chunk.byteLength;
      if (received > maxBodyBytes) finish({ ok: false, reason: "too-large" });
    });
    source.on("error", () => finish({ ok: false, reason: "invalid" }));

    parser.on("field", (name, value, info) => {
      if (info.valueTruncated) return finish({ ok: false, reason: "too-large" });
      fields[name] = value;
    });
    parser.on("file", (name, stream, info) => {
      if (name !== fileField) {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      stream.on("data", (chunk: Buffer) => {
        size += chunk.byteLength;
        chunks.push(chunk);
      });
      stream.on("limit", () => finish({ ok: false, reason: "too-large" }));
      stream.on("end", () => {
        if (settled) return;
        file = { name: info.filename ?? "", bytes: new Uint8Array(Buffer.concat(chunks, size)) };
      });
    });
    parser.on("filesLimit", () => finish({ ok: false, reason: "invalid" }));
    parser.on("fieldsLimit", () => finish({ ok: false, reason: "invalid" }));
    parser.on("partsLimit", () => finish({ ok: false, reason: "invalid" }));
    parser.on("error", () => finish({ ok: false, reason: "invalid" }));
    parser.on("close", () =>
      finish(
        file && file.bytes.byteLength > 0
          ? { ok: true, upload: { file, fields } }
          : { ok: false, reason: "no-file" },
      ),
    );
    source.pipe(parser);
  });
}
