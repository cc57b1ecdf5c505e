import { fromMilli, toMilli } from "../exact";
import type { ScoredUnit } from "./types";

export interface UnitTotal {
  base: number;
  bonusFound: number;
  bonus: number;
  total: number;
  selfTotal: number | null;
}

/** Base (item scores without bonus), bonus capped after the base, total; or the unit's fixed total when it has one. */
export function unitTotal(unit: ScoredUnit, bonusCap: number | null): UnitTotal {
  let base = 0;
  let bonusFound = 0;
  let self = 0;
  let hasSelf = false;
  for (const item of unit.items) {
    if (item.score !== null) base += toMilli(item.score) - toMilli(item.bonus);
    bonusFound += toMilli(item.bonus);
    if (item.selfScore !== null) {
      self += toMilli(item.selfScore);
      hasSelf = true;
    }
  }
  const bonus = bonusCap === null ? bonusFound : Math.min(bonusFound, toMilli(bonusCap));
  const total = unit.fixedTotal !== undefined ? toMilli(unit.fixedTotal) : base + bonus;
  return {
    base: fromMilli(base),
    bonusFound: fromMilli(bonusFound),
    bonus: fromMilli(bonus),
    total: fromMilli(total),
    selfTotal: hasSelf ? fromMilli(self) : null,
  };
}

/** The total as the summary shows, ranks and grades it: to the hundredth (a mean of three may give 85.167). */
export function toHundredths(value: number): number {
  return fromMilli(Math.round(toMilli(value) / 10) * 10);
}

/** Two decimals, as 总分 is shown: 95.5 → "95.50". Rounds half away from zero on exact thousandths. */
export function twoDecimals(value: number): string {
  const hundredths = Math.round(Math.abs(toMilli(value)) / 10) * Math.sign(value);
  const sign = hundredths < 0 ? "-" : "";
  const abs = Math.abs(hundredths);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
}
