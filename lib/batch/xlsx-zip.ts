import yauzl from "yauzl";
import { SaxesParser, type SaxesTagPlain } from "saxes";
import {
  MAX_INFLATE_RATIO,
  MAX_SMALL_PART_BYTES,
  MAX_ZIP_ENTRIES,
  RATIO_CHECK_AFTER,
} from "./limits";
import type { ReadProblem } from "./sheet-rows";

/**
 * The zip and XML layer of the .xlsx reader: parts inflated chunk by chunk and counted against a
 * budget, a streaming XML parser, and a refusal that names the bound crossed.
 */

export class Refused extends Error {
  constructor(readonly problem: ReadProblem) {
    super(problem);
  }
}

/** "XFD20000" → [16384, 20000]; undefined for anything else. */
export function cellPosition(ref: string): [column: number, row: number] | undefined {
  const match = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.toUpperCase());
  if (!match) return undefined;
  let column = 0;
  for (const ch of match[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return [column, Number(match[2])];
}

/** The parts of the zip by name, from its central directory (nothing is inflated yet). */
export type Parts = {
  readonly zip: yauzl.ZipFile;
  readonly entries: ReadonlyMap<string, yauzl.Entry>;
};

export async function openZip(bytes: Uint8Array): Promise<Parts> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true });
  if (zip.entryCount > MAX_ZIP_ENTRIES) throw new Refused("too-big");
  const entries = new Map<string, yauzl.Entry>();
  for await (const entry of zip.eachEntry()) entries.set(entry.fileName, entry);
  return { zip, entries };
}

export type Budget = { left: number };

/**
 * Streams one part through `onText`, inflated by Node's zlib and counted against the part's and
 * the file's budget; a part that inflates far more than XML does (a zip bomb) stops early.
 */
export async function streamPart(
  parts: Parts,
  path: string,
  budget: Budget,
  partLimit: number,
  onText: (text: string) => void,
): Promise<boolean> {
  const entry = parts.entries.get(path);
  if (!entry) return false;
  // Sizes in the directory can lie (yauzl refuses a part longer than stated); honest ones refuse early.
  if (entry.uncompressedSize > Math.min(partLimit, budget.left)) throw new Refused("too-big");
  const stream = await parts.zip.openReadStreamPromise(entry);
  const decoder = new TextDecoder("utf-8");
  let read = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      read += chunk.byteLength;
      budget.left -= chunk.byteLength;
      if (read > partLimit || budget.left < 0) throw new Refused("too-big");
      if (read > RATIO_CHECK_AFTER && read > MAX_INFLATE_RATIO * entry.compressedSize)
        throw new Refused("too-big");
      onText(decoder.decode(chunk, { stream: true }));
    }
  } finally {
    stream.destroy();
  }
  onText(decoder.decode());
  return true;
}

export function parser(): SaxesParser {
  const p = new SaxesParser({ xmlns: false, position: false });
  p.on("error", (error) => {
    throw error;
  });
  return p;
}

export async function readSmallXml(
  parts: Parts,
  path: string,
  budget: Budget,
  onOpen: (tag: SaxesTagPlain) => void,
): Promise<boolean> {
  const p = parser();
  p.on("opentag", onOpen);
  const found = await streamPart(parts, path, budget, MAX_SMALL_PART_BYTES, (t) => p.write(t));
  if (found) p.close();
  return found;
}

/** Text runs of <si> / <is>, leaving out phonetic guides (<rPh>). */
export function textCollector() {
  let depthInPhonetic = 0;
  let inText = false;
  let text = "";
  return {
    open(name: string) {
      if (name === "rPh") depthInPhonetic++;
      else if (name === "t" && depthInPhonetic === 0) inText = true;
    },
    close(name: string) {
      if (name === "rPh") depthInPhonetic--;
      else if (name === "t") inText = false;
    },
    text(value: string) {
      if (inText) text += value;
    },
    take(): string {
      const value = text;
      text = "";
      return value;
    },
  };
}
