import type { ComponentProps } from "react";
import { DISTRICTS } from "@/lib/profile/sections/common";
import { Select } from "./controls";

/** A district drop-down: "none" first (its label given), then the city's districts and counties. */
export function DistrictSelect({
  none,
  ...props
}: ComponentProps<"select"> & { readonly none: string }) {
  return (
    <Select {...props}>
      <option value="">{none}</option>
      {DISTRICTS.map((d) => (
        <option key={d} value={d}>
          {d}
        </option>
      ))}
    </Select>
  );
}
