import { NUM } from "./recognizers/recognized";

/** What a rule says about limits and exceptions, beside its amount. */
export interface Modifiers {
  cap?: number;
  maxCount?: number;
  untilExhausted?: boolean;
  except?: string[];
  /** True when the cap speaks of the whole row (本项最多扣5分, 累计扣分不超过…). */
  rowScope?: boolean;
  /** The rule with the modifier phrases taken out, for the recognisers. */
  rest: string;
}

const CAP = new RegExp(
  `(?:本项|此项|该项|累计|合计)?(?:最多|最高|至多)(?:扣|加|奖)${NUM}分|(?:累计|合计)?(?:扣|加)分?(?:不超过|不超|不高于)${NUM}分|(?:扣|加)满${NUM}分为止|封顶${NUM}分?|(?:本项|此项|该项)?最多(?:扣|计|加)${NUM}分`,
);
const MAX_COUNT = new RegExp(`最多(?:计|扣|算)?(\\d+)(?:次|项|个|例|处)`);
const UNTIL_EXHAUSTED = /(?:直至|直到)?(?:扣完|扣满|扣至0分|扣到0分)(?:本项|该项)?(?:分值|分数)?(?:为止|即止)|扣完为止/;
const EXCEPT_BRACKETED = /\(([^()]*?)除外\)/;
const EXCEPT_PLAIN = /(?:^|,)([^,;()]*?)除外/;

// Every modifier phrase holds one of these; most rules hold none and skip the longer patterns.
const HINT = /最多|最高|至多|不超|不高于|满|封顶|扣完|扣至|扣到|除外/;

export function readModifiers(rule: string): Modifiers {
  const out: Modifiers = { rest: rule };
  if (!HINT.test(rule)) return out;
  const cap = CAP.exec(out.rest);
  if (cap) {
    out.cap = Number(cap.slice(1).find((g) => g !== undefined));
    out.rowScope = /本项|此项|该项|累计|合计/.test(cap[0]);
    out.rest = out.rest.replace(cap[0], "");
  }
  const count = MAX_COUNT.exec(out.rest);
  if (count) {
    out.maxCount = Number(count[1]);
    out.rest = out.rest.replace(count[0], "");
  }
  const until = UNTIL_EXHAUSTED.exec(out.rest);
  if (until) {
    out.untilExhausted = true;
    out.rest = out.rest.replace(until[0], "");
  }
  const except = EXCEPT_BRACKETED.exec(out.rest) ?? EXCEPT_PLAIN.exec(out.rest);
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
