"use client";

import { useEffect, useState } from "react";

type Chunk = typeof import("./calculator-chunk");

/** The rules, the engine and the results panel, loaded once the page is up (null until then). */
export function useCalculatorChunk(): Chunk | null {
  const [chunk, setChunk] = useState<Chunk | null>(null);
  useEffect(() => {
    let mounted = true;
    void import("./calculator-chunk").then((loaded) => {
      if (mounted) setChunk(loaded);
    });
    return () => {
      mounted = false;
    };
  }, []);
  return chunk;
}
