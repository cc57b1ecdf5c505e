import { DEDUCT, NUM, POINTS_UNIT, type Recognizer } from "./recognized";

const UNITS = "个|次|项|例|处|人|名|条|天|%|篇|份|户|起|件|家|所|本|份";

// 每项扣1分, 每差一例扣0.2分, 未达标每少1%扣0.5分
const EACH = new RegExp(`每(?:少|差|缺|超|多|发现|出现|有|漏)?(?:\\d+(?:\\.\\d+)?)?(${UNITS})?[^扣,;]{0,20}?${DEDUCT}${NUM}${POINTS_UNIT}`);
// 少一次扣0.5分, 缺1项扣1分
const SHORT = new RegExp(`(?:少|差|缺|漏)\\d*(${UNITS})[^扣;]{0,8}?${DEDUCT}${NUM}${POINTS_UNIT}`);
// 扣2分/次
const SLASH = new RegExp(`${DEDUCT}${NUM}分?/(${UNITS})`);
// 1个嘎查活动场所面积未达到150平米标准的扣2分: per village
const ONE_OF = new RegExp(`^(?:有|发现)?1(个|处|项|名|户|家|所|人|次|例|起)(?![月日年])[^;]*?${DEDUCT}${NUM}${POINTS_UNIT}`);

const HINT = /^(?:有|发现)?1|[每少差缺漏/]/;

export const recognizePer: Recognizer = (rule) => {
  if (!HINT.test(rule)) return null;
  let m = EACH.exec(rule);
  if (m) return { kind: "per", amount: Number(m[2]), unit: m[1] ?? "次" };
  m = SHORT.exec(rule);
  if (m) return { kind: "per", amount: Number(m[2]), unit: m[1] };
  m = SLASH.exec(rule);
  if (m) return { kind: "per", amount: Number(m[1]), unit: m[2] };
  m = ONE_OF.exec(rule);
  if (m) return { kind: "per", amount: Number(m[2]), unit: m[1] };
  return null;
};
