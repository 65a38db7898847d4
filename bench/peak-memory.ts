/**
 * Peak memory of a whole process group (npm, the index script, Next and its workers),
 * sampled from /proc: the sum of the resident sets alive at the same moment, which is
 * what a CI machine must hold. Linux only; elsewhere it reports NaN.
 */
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

function groupResidentBytes(pgid: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name (which may hold spaces): state ppid pgrp …
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      total += Number(readFileSync(`/proc/${entry}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES;
    } catch {
      // The process ended between listing and reading.
    }
  }
  return total;
}

/** Starts sampling every `everyMs`; the returned function stops and gives the peak in bytes. */
export function samplePeakMemory(pgid: number, everyMs = 250): () => number {
  let peak = Number.NaN;
  const sample = () => {
    const bytes = groupResidentBytes(pgid);
    if (!(bytes <= peak)) peak = bytes;
  };
  let timer: NodeJS.Timeout | undefined;
  try {
    readdirSync('/proc');
    sample();
    timer = setInterval(sample, everyMs);
  } catch {
    // No /proc: peak stays NaN.
  }
  return () => {
    clearInterval(timer);
    return peak;
  };
}
