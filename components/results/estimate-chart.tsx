"use client";

import { memo } from "react";
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";

export type ChartRow = {
  readonly name: string;
  /** 万元 each: the part the text fixes, the part up to a ceiling, the part still to be won. */
  readonly fixed: number;
  readonly upTo: number;
  readonly toWin: number;
};

export type ChartPart = {
  readonly key: "fixed" | "upTo" | "toWin";
  readonly label: string;
  readonly color: string;
};

/** One horizontal stacked bar per policy (万元). Decorative: the figures are also in the text. */
function EstimateChart({
  rows,
  parts,
  axisLabel,
}: {
  rows: readonly ChartRow[];
  parts: readonly ChartPart[];
  axisLabel: string;
}) {
  // Wide enough for the longest policy name (CJK characters are about twice as wide).
  const labelWidth = Math.min(
    170,
    Math.max(...rows.map((r) => [...r.name].reduce((w, c) => w + (c > "\u2e80" ? 12 : 6.5), 8))),
  );
  const data = rows.map((r) => ({
    ...r,
    total: Math.round((r.fixed + r.upTo + r.toWin) * 100) / 100,
  }));
  const height = 64 + rows.length * 40;
  return (
    <div style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        <BarChart
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 64, bottom: 20, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis
            type="number"
            tick={{ fontSize: 11, fill: "#475569" }}
            label={{
              value: axisLabel,
              position: "insideBottom",
              offset: -12,
              fontSize: 11,
              fill: "#475569",
            }}
          />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth}
            tick={{ fontSize: 12, fill: "#0f172a" }}
            interval={0}
          />
          {parts.map((p, i) => (
            <Bar
              key={p.key}
              dataKey={p.key}
              name={p.label}
              stackId="total"
              fill={p.color}
              isAnimationActive={false}
            >
              {i === parts.length - 1 && (
                <LabelList
                  dataKey="total"
                  position="right"
                  style={{ fontSize: 11, fill: "#0f172a" }}
                />
              )}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

/** Memoised: the panel hands it the same rows until a figure of the chart changes. */
export default memo(EstimateChart);
