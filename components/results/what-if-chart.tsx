"use client";

import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceDot,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from "recharts";
import type { WhatIfSeries } from "@/lib/browser/what-if";

const wan = (yuan: number) => Math.round(yuan / 100) / 100;

export type WhatIfChartLabels = {
  readonly axis: string;
  readonly clause: string;
  readonly total: string;
  readonly threshold: (wan: number) => string;
  readonly cap: (wan: number) => string;
  readonly current: string;
};

/**
 * The clause's amount and the total against one figure (万元 both ways), with the thresholds
 * (vertical), the caps (horizontal) and the current figure marked. Decorative: the panel lists the
 * same figures in a table.
 */
export default function WhatIfChart({
  series,
  labels,
}: {
  series: WhatIfSeries;
  labels: WhatIfChartLabels;
}) {
  const data = series.points.map((p) => ({
    x: wan(p.x),
    clause: wan(p.clause),
    total: wan(p.total),
  }));
  const now =
    series.current === undefined ? undefined : data.find((d) => d.x === wan(series.current!));
  return (
    <div style={{ width: "100%", height: 280 }} aria-hidden="true" data-testid="what-if-chart">
      <ResponsiveContainer
        width="100%"
        height="100%"
        initialDimension={{ width: 480, height: 280 }}
      >
        <LineChart
          data={data}
          margin={{ top: 16, right: 24, bottom: 24, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid stroke="#e2e8f0" />
          <XAxis
            type="number"
            dataKey="x"
            domain={[0, "dataMax"]}
            tick={{ fontSize: 11, fill: "#475569" }}
            label={{
              value: labels.axis,
              position: "insideBottom",
              offset: -12,
              fontSize: 11,
              fill: "#475569",
            }}
          />
          <YAxis tick={{ fontSize: 11, fill: "#475569" }} width={56} />
          <Legend verticalAlign="top" height={24} wrapperStyle={{ fontSize: 12 }} />
          {series.thresholds.map((v) => (
            <ReferenceLine
              key={`t${v}`}
              x={wan(v)}
              stroke="#b45309"
              strokeDasharray="4 3"
              label={{ value: labels.threshold(wan(v)), position: "top", fontSize: 10 }}
            />
          ))}
          {series.caps.map((v) => (
            <ReferenceLine
              key={`c${v}`}
              y={wan(v)}
              stroke="#be123c"
              strokeDasharray="4 3"
              label={{ value: labels.cap(wan(v)), position: "insideTopLeft", fontSize: 10 }}
            />
          ))}
          {series.knees.map((v) => (
            <ReferenceLine key={`k${v}`} x={wan(v)} stroke="#be123c" strokeDasharray="2 4" />
          ))}
          <Line
            type="linear"
            dataKey="total"
            name={labels.total}
            stroke="#64748b"
            dot={false}
            isAnimationActive={false}
          />
          <Line
            type="linear"
            dataKey="clause"
            name={labels.clause}
            stroke="#047857"
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
          {now && (
            <ReferenceDot
              x={now.x}
              y={now.clause}
              r={5}
              fill="#047857"
              stroke="#fff"
              label={{ value: labels.current, position: "top", fontSize: 10 }}
            />
          )}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
