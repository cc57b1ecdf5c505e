import { EACH_VERB, FOUND_VERB, UNIT } from "../vocabulary";
import { DEDUCT, NUM, POINTS_UNIT, type Recognized, type Recognizer } from "./recognized";

const STEP = "(\\d+(?:\\.\\d+)?)";
// 每项扣1分, 每差一例扣0.2分, 未达标每少1%扣0.5分, 每低3个百分点扣0.5分, 每少一本扣1分 (not 每月/每年: a period, not a count).
const EACH = new RegExp(`每(?![月年季周日学])${EACH_VERB}${STEP}?(${UNIT})?[^扣,;]{0,20}?${DEDUCT}${NUM}${POINTS_UNIT}`);
// 每一处…的,扣3分: a comma between the condition and its amount, when the unit is written.
const EACH_COMMA = new RegExp(`每${EACH_VERB}${STEP}?(${UNIT})[^扣;]{0,30}?,${DEDUCT}${NUM}${POINTS_UNIT}`);
// 少一次扣0.5分, 缺1项扣1分
const SHORT = new RegExp(`(?:少|差|缺|漏)\\d*(${UNIT})[^扣;]{0,8}?${DEDUCT}${NUM}${POINTS_UNIT}`);
// 平均分少一分扣1分: per point of a score below the mark.
const SHORT_POINTS = new RegExp(`(?:少|差|低)${STEP}分(?![值数])[^扣,;]{0,4}?${DEDUCT}${NUM}${POINTS_UNIT}`);
// 按卷扣2分, 按人计扣1分: per unit named after 按.
const BY_UNIT = new RegExp(`按(${UNIT})(?:计)?${DEDUCT}${NUM}${POINTS_UNIT}`);
// 扣2分/次
const SLASH = new RegExp(`${DEDUCT}${NUM}分?/(${UNIT})`);
// 1个嘎查…未达标的扣2分 (per village), 发现一种扣2分, 发生1起恶性案件扣5分, 未执行,一次扣1分, 凡隐瞒一起…扣1分: one of a kind, so per kind.
// Not 1月/1日 (a date) nor 一人一档 (1人1档); 1起一般火灾 is one case of its kind.
const ONE_OF = new RegExp(
  `(?:^|,)(?:凡[^,;扣]{0,10}?|每|[^,;扣]{0,4}?(?<!没)有|${FOUND_VERB})?1(${UNIT})(?![月日年号\\d]|[一二两三四五六七八九十](?!般))[^;]*?${DEDUCT}${NUM}${POINTS_UNIT}`,
);

// Every pattern holds one of these; a 1 only where a count can start (1个…, 发现1处, 发生1起, 凡隐瞒1起, ,1次扣1分).
const HINT = /[每少差缺漏低按/凡]|(?:^|[,有现觉生])1/;

function per(m: RegExpExecArray, amount: string, unit: string | undefined, step?: string): Recognized {
  const out: Recognized = { kind: "per", amount: Number(amount), unit: unit ?? "次", start: m.index, end: m.index + m[0].length };
  if (step !== undefined && Number(step) > 1) out.step = Number(step);
  return out;
}

const SHORT_HINT = /[少差缺漏低]/;

// Each pattern runs only where its leading word is in the rule: most rules hold none of them.
export const recognizePer: Recognizer = (rule) => {
  if (!HINT.test(rule)) return null;
  let m: RegExpExecArray | null = null;
  if (rule.includes("每")) {
    m = EACH.exec(rule) ?? EACH_COMMA.exec(rule);
    if (m) return per(m, m[3], m[2], m[1]);
  }
  if (SHORT_HINT.test(rule)) {
    m = SHORT.exec(rule);
    if (m) return per(m, m[2], m[1]);
    m = SHORT_POINTS.exec(rule);
    if (m) return per(m, m[2], "分", m[1]);
  }
  m = rule.includes("按") ? BY_UNIT.exec(rule) : null;
  if (m) return per(m, m[2], m[1]);
  m = rule.includes("/") ? SLASH.exec(rule) : null;
  if (m) return per(m, m[1], m[2]);
  m = rule.includes("1") ? ONE_OF.exec(rule) : null;
  if (m) return per(m, m[2], m[1]);
  return null;
};
