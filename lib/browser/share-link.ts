/**
 * The self-check in a link: the profile and date, deflated and base64url-encoded into the URL's
 * fragment ("/check#p=…"). The fragment never leaves the browser, so nothing is sent to the server.
 */

export const SHARE_PREFIX = "#p=";

async function pipe(bytes: Uint8Array, stream: CompressionStream) {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const s = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(s, (c) => c.charCodeAt(0));
}

/** The fragment for a profile and its application round: "#p=…". Older links carry an asOf. */
export async function shareFragment(profile: unknown, round: number): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify({ profile, round }));
  return SHARE_PREFIX + toBase64Url(await pipe(json, new CompressionStream("deflate-raw")));
}

/** The most text a share link may unpack to; a profile is a few kilobytes. */
export const MAX_SHARE_TEXT_BYTES = 1_000_000;
/** The longest fragment read at all: what a browser's address bar holds comfortably. */
export const MAX_SHARE_FRAGMENT_CHARS = 100_000;

/** Inflates at most `limit` bytes; null when the stream is longer, damaged or not deflate-raw. */
async function inflateBounded(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart])
    .stream()
    .pipeThrough(new DecompressionStream("deflate-raw"))
    .getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

/**
 * The JSON text a fragment holds, or null when it is not one of ours, is damaged, or unpacks to
 * more than `limit` bytes (a link is read in the browser and again on the server: the same code).
 */
export async function readShareFragment(
  hash: string,
  limit: number = MAX_SHARE_TEXT_BYTES,
): Promise<string | null> {
  if (!hash.startsWith(SHARE_PREFIX) || hash.length > MAX_SHARE_FRAGMENT_CHARS) return null;
  const code = hash.slice(SHARE_PREFIX.length);
  if (!/^[A-Za-z0-9_-]+$/.test(code)) return null;
  try {
    const bytes = await inflateBounded(fromBase64Url(code), limit);
    return bytes && new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The fragment ("#p=…") in what someone pasted: the whole link, the fragment, or the code alone.
 * Null when the text holds none (any other address, a fragment of another kind).
 */
export function shareFragmentIn(pasted: string): string | null {
  const text = pasted.trim();
  if (!text || text.length > MAX_SHARE_FRAGMENT_CHARS + 2_000) return null;
  const at = text.indexOf(SHARE_PREFIX);
  if (at >= 0) return text.slice(at);
  return /^[A-Za-z0-9_-]{16,}$/.test(text) ? SHARE_PREFIX + text : null;
}
