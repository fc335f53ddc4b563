/** The largest request body the API reads: 256 kB. */
export const MAX_BODY_BYTES = 256 * 1024;

export type BodyFailure =
  | { readonly reason: "unsupported-media-type"; readonly contentType: string | null }
  | { readonly reason: "payload-too-large"; readonly limit: number }
  | { readonly reason: "empty" }
  | { readonly reason: "not-utf8" }
  | { readonly reason: "malformed"; readonly position?: number };

export type BodyResult =
  { readonly ok: true; readonly value: unknown } | ({ readonly ok: false } & BodyFailure);

/** application/json or any application/*+json, in UTF-8 when a charset is named. */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [mediaType = "", ...params] = header
    .toLowerCase()
    .split(";")
    .map((s) => s.trim());
  if (mediaType !== "application/json" && !/^application\/[a-z0-9.+-]+\+json$/.test(mediaType))
    return false;
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice("charset=".length)
    .replace(/"/g, "");
  return charset === undefined || charset === "utf-8" || charset === "utf8";
}

/** Reads at most `limit` bytes; stops and cancels the stream as soon as the body is longer. */
async function readLimited(
  body: ReadableStream<Uint8Array>,
  limit: number,
): Promise<Uint8Array | undefined> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The request body as JSON: checks the content type, refuses a declared Content-Length over the
 * limit without reading, counts the bytes actually read, then decodes UTF-8 and parses.
 */
export async function readJsonBody(
  request: Request,
  limit: number = MAX_BODY_BYTES,
): Promise<BodyResult> {
  const contentType = request.headers.get("content-type");
  if (!isJsonContentType(contentType))
    return { ok: false, reason: "unsupported-media-type", contentType };

  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit)
    return { ok: false, reason: "payload-too-large", limit };

  if (!request.body) return { ok: false, reason: "empty" };
  const bytes = await readLimited(request.body, limit);
  if (!bytes) return { ok: false, reason: "payload-too-large", limit };

  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { ok: false, reason: "not-utf8" };
  }
  if (text.trim() === "") return { ok: false, reason: "empty" };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : "")?.[1];
    return { ok: false, reason: "malformed", ...(position ? { position: Number(position) } : {}) };
  }
}
