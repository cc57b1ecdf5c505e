import { UNIT } from "../vocabulary";
import { NUM, span, type Recognizer } from "./recognized";

// A cell in a 扣分标准 column holding only the amount: 1, 2分, 0。5/项, 1分/次 (the defect is in the column beside it).
const BARE = new RegExp(`^-?${NUM}分?(?:/(${UNIT}))?$`);

export const recognizeBareAmount: Recognizer = (rule) => {
  const m = BARE.exec(rule);
  if (!m) return null;
  return m[2] ? { kind: "per", amount: Number(m[1]), unit: m[2], ...span(m) } : { kind: "deduct", amount: Number(m[1]), ...span(m) };
};
