/** Headers of every successful API answer. */
function baseHeaders(contentType: string, cacheControl: string): Headers {
  return new Headers({
    "Content-Type": contentType,
    "Cache-Control": cacheControl,
    "X-Content-Type-Options": "nosniff",
  });
}

export type JsonOptions = {
  readonly contentType?: string;
  /** Default: no-store. */
  readonly cacheControl?: string;
  /** More headers (a Deprecation notice). */
  readonly headers?: Readonly<Record<string, string>>;
};

const utf8 = new TextEncoder();

/** JSON text as UTF-8 bytes: a byte body spares the Response a second pass over a long string. */
export const jsonBytes = (json: string): Uint8Array<ArrayBuffer> => utf8.encode(json);

/** A 200 answer whose body is already serialised JSON (cached documents are kept as bytes). */
export function jsonBytesResponse(
  bytes: Uint8Array<ArrayBuffer>,
  options: JsonOptions = {},
): Response {
  const headers = baseHeaders(
    options.contentType ?? "application/json",
    options.cacheControl ?? "no-store",
  );
  for (const [name, value] of Object.entries(options.headers ?? {})) headers.set(name, value);
  return new Response(bytes, { status: 200, headers });
}

export function jsonResponse(body: unknown, options: JsonOptions = {}): Response {
  return jsonBytesResponse(jsonBytes(JSON.stringify(body)), options);
}
