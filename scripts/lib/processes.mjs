// The machine's processes as Linux's /proc shows them: for the benchmarks' CPU figures and the
// tests of the production server's workers.
import { readFileSync, readdirSync } from "node:fs";

/** Every process now: { pid, ppid, cpuMs } (user + system time); [] where there is no /proc. */
export function processTable() {
  let entries;
  try {
    entries = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // After "pid (comm) ": state, ppid, …, utime (12th), stime (13th), in ticks of 10 ms.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cpuMs = (Number(fields[11]) + Number(fields[12])) * 10;
      return [{ pid: Number(entry), ppid: Number(fields[1]), cpuMs }];
    } catch {
      return []; // the process ended meanwhile
    }
  });
}

/** The pids of the processes whose parent is `pid`. */
export function childrenOf(pid, table = processTable()) {
  return table.filter((p) => p.ppid === pid).map((p) => p.pid);
}

/** `pid` and all its descendants, from one reading of the table. */
export function processTree(pid, table = processTable()) {
  const tree = table.filter((p) => p.pid === pid);
  for (let i = 0; i < tree.length; i++)
    for (const p of table) if (p.ppid === tree[i].pid) tree.push(p);
  return tree;
}
