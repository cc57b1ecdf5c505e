import { CAP_PHRASES } from "./vocabulary";

/** What a rule says about limits and exceptions, beside its amount. */
export interface Modifiers {
  cap?: number;
  maxCount?: number;
  untilExhausted?: boolean;
  except?: string[];
  /** True when the cap speaks of the whole row (本项最多扣5分, 累计扣分不超过…). */
  rowScope?: boolean;
  /** True when the cap limits added points (加分累计不超2分, 最多加3分), not deductions. */
  bonusScope?: boolean;
  /** The rule with the modifier phrases taken out, for the recognisers. */
  rest: string;
}

const EXCEPT_BRACKETED = /\(([^()]*?)除外\)/;
const EXCEPT_PLAIN = /(?:^|,)([^,;()]*?)除外/;

export function readModifiers(rule: string): Modifiers {
  const out: Modifiers = { rest: rule };
  if (!CAP_PHRASES.hint.test(rule)) return out;
  const cap = CAP_PHRASES.pointsHint.test(rule) ? CAP_PHRASES.points.exec(out.rest) : null;
  if (cap) {
    out.cap = Number(cap.slice(1).find((g) => g !== undefined));
    out.rowScope = CAP_PHRASES.rowScope.test(cap[0]);
    if (/[加奖]/.test(cap[0]) && !cap[0].includes("扣")) out.bonusScope = true;
    out.rest = out.rest.replace(cap[0], "");
  }
  const count = CAP_PHRASES.countHint.test(out.rest) ? CAP_PHRASES.count.exec(out.rest) : null;
  if (count) {
    out.maxCount = Number(count[1]);
    out.rest = out.rest.replace(count[0], "");
  }
  const until = CAP_PHRASES.untilHint.test(out.rest) ? CAP_PHRASES.untilExhausted.exec(out.rest) : null;
  if (until) {
    out.untilExhausted = true;
    out.rest = out.rest.replace(until[0], "");
  }
  const except = out.rest.includes("除外") ? (EXCEPT_BRACKETED.exec(out.rest) ?? EXCEPT_PLAIN.exec(out.rest)) : null;
  if (except) {
    out.except = except[1]
      .split(/[、,和及与]/)
      .map((name) => name.replace(/等$/, "").trim())
      .filter((name) => name.length > 0);
    out.rest = out.rest.replace(except[0], "");
  }
  out.rest = out.rest.replace(/^[,;、]+|[,;、]+$/g, "");
  return out;
}

/** True when nothing but modifiers (and filler words) is left. */
export function isModifierOnly(mods: Modifiers): boolean {
  const changed = mods.cap !== undefined || mods.maxCount !== undefined || mods.untilExhausted || mods.except;
  return Boolean(changed) && /^[,;、.()本项此该的分值]*$/.test(mods.rest);
}
