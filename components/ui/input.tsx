import type { InputHTMLAttributes } from "react";
import { cn } from "@/lib/cn";

export type InputProps = InputHTMLAttributes<HTMLInputElement>;

/** A text-like input. Pair it with a `<label htmlFor>`; set `aria-invalid` to show an error. */
export function Input({ className, type = "text", ...props }: InputProps) {
  return (
    <input
      type={type}
      className={cn(
        "block h-10 w-full rounded-md border border-slate-300 bg-white px-3 text-base text-slate-900",
        "placeholder:text-slate-400 focus:border-brand-600 focus:outline-2 focus:outline-brand-600/30",
        "aria-[invalid=true]:border-red-500 disabled:bg-slate-50 disabled:text-slate-500 sm:text-sm",
        className,
      )}
      {...props}
    />
  );
}
