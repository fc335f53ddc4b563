"use client";

import { useEffect, useState } from "react";

type Chunk = typeof import("./calculator-chunk");

/**
 * The rules, the engine and the results panel (null until loaded). They load once `wanted`:
 * a first visit's page asks only the start step, which reads no rule, so they are fetched when
 * the visitor first touches the form rather than with the page (a phone then loads and runs
 * 440 kB of script less before the page responds).
 */
export function useCalculatorChunk(wanted: boolean): Chunk | null {
  const [chunk, setChunk] = useState<Chunk | null>(null);
  useEffect(() => {
    if (!wanted) return;
    let mounted = true;
    void import("./calculator-chunk").then((loaded) => {
      if (mounted) setChunk(loaded);
    });
    return () => {
      mounted = false;
    };
  }, [wanted]);
  return chunk;
}
