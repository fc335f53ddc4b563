"use client";

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
  /** 万元, for the axis. */
  readonly min: number;
  readonly max: number;
};

/** The estimate by policy as horizontal bars (万元). Decorative: the figures are also in the text. */
export default function EstimateChart({
  rows,
  minLabel,
  maxLabel,
  unit,
}: {
  rows: readonly ChartRow[];
  minLabel: string;
  maxLabel: string;
  unit: string;
}) {
  const withMin = rows.some((r) => r.min > 0 && r.min < r.max);
  // Wide enough for the longest policy name (CJK characters are about twice as wide).
  const labelWidth = Math.min(
    170,
    Math.max(...rows.map((r) => [...r.name].reduce((w, c) => w + (c > "\u2e80" ? 12 : 6.5), 8))),
  );
  const height = 48 + rows.length * (withMin ? 56 : 40);
  return (
    <div style={{ width: "100%", height }}>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 320, height }}>
        <BarChart
          data={[...rows]}
          layout="vertical"
          margin={{ top: 4, right: 56, bottom: 4, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" tick={{ fontSize: 11, fill: "#475569" }} unit={unit} />
          <YAxis
            type="category"
            dataKey="name"
            width={labelWidth}
            tick={{ fontSize: 12, fill: "#0f172a" }}
            interval={0}
          />
          {withMin && (
            <Bar dataKey="min" name={minLabel} fill="#93c5fd" isAnimationActive={false} />
          )}
          <Bar dataKey="max" name={maxLabel} fill="#1d4ed8" isAnimationActive={false}>
            <LabelList dataKey="max" position="right" style={{ fontSize: 11, fill: "#0f172a" }} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
