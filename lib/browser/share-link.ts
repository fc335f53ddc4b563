/**
 * The self-check in a link: the profile and date, deflated and base64url-encoded into the URL's
 * fragment ("/check#p=…"). The fragment never leaves the browser, so nothing is sent to the server.
 */

export const SHARE_PREFIX = "#p=";

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream) {
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

/** The JSON text a fragment holds, or null when it is not one of ours or is damaged. */
export async function readShareFragment(hash: string): Promise<string | null> {
  if (!hash.startsWith(SHARE_PREFIX)) return null;
  try {
    const bytes = await pipe(
      fromBase64Url(hash.slice(SHARE_PREFIX.length)),
      new DecompressionStream("deflate-raw"),
    );
    return new TextDecoder().decode(bytes);
  } catch {
    return null;
  }
}
