import type { ReactNode } from "react";
import { tableClass, thClass } from "./controls";

/** A scrollable staff table with one header row; `children` is its body. */
export function DataTable({
  caption,
  columns,
  children,
}: {
  caption?: string;
  columns: readonly string[];
  children: ReactNode;
}) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className={tableClass}>
        {caption !== undefined && <caption className="sr-only">{caption}</caption>}
        <thead className="max-sm:sr-only">
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col" className={thClass}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}
