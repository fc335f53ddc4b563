// Reads files with the batch reader in a fresh process and prints, per file, one JSON line:
//   tsx tests/security/support/measure-read.ts <file>…
// → {"file":"a.xlsx","ms":12,"peakGrowthMb":3.1,"problem":"too-wide"}   (problem null when read)
// peakGrowthMb is the process's peak RSS (process.resourceUsage().maxRSS) above what it was before
// the first read: a fresh process, so the peak is the reads' alone; files run one after another, so
// each line's figure covers that read and the ones before it.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { readBatchFile } from "@/lib/batch/read-file";

const files = process.argv.slice(2);
const baseline = process.resourceUsage().maxRSS;
for (const file of files) {
  const bytes = new Uint8Array(readFileSync(file));
  const started = performance.now();
  const result = await readBatchFile(basename(file), bytes);
  const ms = Math.round(performance.now() - started);
  const peakGrowthMb = Math.round(((process.resourceUsage().maxRSS - baseline) / 1024) * 10) / 10;
  console.log(
    JSON.stringify({
      file: basename(file),
      ms,
      peakGrowthMb,
      problem: result.ok ? null : result.problem,
    }),
  );
}
