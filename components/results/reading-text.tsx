import Link from "next/link";
import { splitReadingRefs } from "@/lib/readings";

/** A reading as the trace states it, with "解读约定第 N 条" linked to the published conventions. */
export function ReadingText({ text }: { text: string }) {
  return (
    <>
      {splitReadingRefs(text).map((part, i) =>
        typeof part === "string" ? (
          part
        ) : (
          <Link
            key={i}
            href={`/policies/readings#rule-${part.ns[0]}`}
            className="underline underline-offset-2 hover:no-underline"
          >
            {part.label}
          </Link>
        ),
      )}
    </>
  );
}
