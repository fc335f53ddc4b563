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
};

/** A 200 answer whose body is already serialised JSON (cached documents are kept as text). */
export function jsonTextResponse(json: string, options: JsonOptions = {}): Response {
  return new Response(json, {
    status: 200,
    headers: baseHeaders(options.contentType ?? "application/json", options.cacheControl ?? "no-store"),
  });
}

export function jsonResponse(body: unknown, options: JsonOptions = {}): Response {
  return jsonTextResponse(JSON.stringify(body), options);
}
