import { NUM, type Recognizer } from "./recognized";

// 无事故得20分: positive wording that deducts nothing by itself.
const AWARD = new RegExp(`(?:得|计|给)${NUM}分(?=$|[,;。(])`);

export const recognizeAward: Recognizer = (rule) => {
  if (/扣/.test(rule) || !/[得计给]/.test(rule)) return null;
  const m = AWARD.exec(rule);
  return m ? { kind: "award", amount: Number(m[1]) } : null;
};
