import type { GridView } from "./gridView";

const UNIT_LINE = /(?:被考核单位|被考评单位|考核对象|单位名称)\s*[:：]?\s*([^\s:：]+?)(?=\s|考核时间|考核日期|时间|日期|$)/;
const GENERIC_SHEET = /^(sheet\d*|工作表\d*)$|表|细则|考核|评分|汇总|明细/i;

/** The unit named in a 被考核单位：… line above the header, else the sheet's name when it reads like a unit. */
export function detectUnit(view: GridView, headerRow: number, sheetName: string): string | null {
  for (let row = 1; row < headerRow; row++) {
    for (let col = 1; col <= view.colCount; col++) {
      const m = UNIT_LINE.exec(view.text(row, col).replace(/_+/g, " "));
      if (m) return m[1];
    }
  }
  const name = sheetName.trim();
  return name && !GENERIC_SHEET.test(name) ? name : null;
}
