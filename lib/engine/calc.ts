import { applyRate, type Rate, type Yuan } from "./money";
import type { AmountOutcome, Step } from "./types";
import type { Text } from "./text";

/**
 * An amount computed in named stages. Each method returns a new Calc with one more trace step,
 * so a clause reads like its text: base → rate → cap.
 */
export class Calc {
  private constructor(
    readonly value: Yuan,
    readonly steps: readonly Step[],
  ) {}

  /** The base the text names ("研发投入"), in yuan or in a unit such as kg or W. */
  static base(label: Text, value: number, unit?: Text): Calc {
    if (!(value >= 0)) throw new RangeError("Calc.base: the base must be a non-negative number");
    return new Calc(value, [{ op: "base", label, value, unit }]);
  }

  /** A fixed sum the text states ("给予 200 万元奖励"). */
  static fixed(label: Text, value: Yuan): Calc {
    return new Calc(value, [{ op: "amount", label, value }]);
  }

  /** base × rate, rounded half up to the yuan. */
  rate(rate: Rate, label?: Text): Calc {
    const result = applyRate(this.value, rate);
    return new Calc(result, [...this.steps, { op: "rate", label, rate, result }]);
  }

  /** A ceiling ("最高不超过"); recorded even when it does not bind, so the trace shows it was checked. */
  cap(cap: Yuan, label: Text): Calc {
    const result = this.value < cap ? this.value : cap;
    return new Calc(result, [...this.steps, { op: "cap", label, cap, result, before: this.value }]);
  }

  /** Pays perStep for each full increment ("每增加 1000 万元给予 50 万元"; steps count whole). */
  perFullStep(increment: Yuan, perStep: Yuan): Calc {
    const count = Math.floor(this.value / increment);
    const result = count * perStep;
    return new Calc(result, [...this.steps, { op: "steps", increment, perStep, count, result }]);
  }

  /** An amount per counted unit (per vehicle, per product). */
  times(count: number, label: Text): Calc {
    const result = this.value * count;
    return new Calc(result, [...this.steps, { op: "times", label, count, result }]);
  }

  /** Subtracts what was already received (进档的奖励差额), never below zero. */
  minus(value: Yuan, label: Text): Calc {
    const result = Math.max(0, this.value - value);
    return new Calc(result, [...this.steps, { op: "minus", label, value, result }]);
  }

  /** Less what was already received (一次性, 每个品种只奖励一次, 进档差额); no stage when nothing was. */
  lessReceived(received: Yuan, label: Text): Calc {
    return received > 0 ? this.minus(received, label) : this;
  }

  plus(value: Yuan, label: Text): Calc {
    const result = this.value + value;
    return new Calc(result, [...this.steps, { op: "plus", label, value, result }]);
  }

  note(text: Text): Calc {
    return new Calc(this.value, [...this.steps, { op: "note", text }]);
  }

  /** "不超过 / 最高": the estimate is a ceiling, { min: 0, max }. */
  upTo(): AmountOutcome {
    return { min: 0, max: this.value, steps: this.steps };
  }

  /** The text fixes the sum on a stated condition: { min: max, max }. */
  exactly(): AmountOutcome {
    return { min: this.value, max: this.value, steps: this.steps };
  }
}

/** A range the text states ("20 万—40 万元/辆"): low and high computed side by side. */
export function range(low: Calc, high: Calc): AmountOutcome {
  return { min: low.value, max: high.value, steps: [...low.steps, ...high.steps] };
}

/** No money: for conditions met with nothing to pay (e.g. a tier already fully paid). */
export const nothing = (reason: Text): AmountOutcome => ({
  min: 0,
  max: 0,
  steps: [{ op: "note", text: reason }],
});
