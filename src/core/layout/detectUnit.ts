import type { GridView } from "./gridView";

const UNIT_LINE = /(?:被考核单位|被考评单位|考核对象|单位名称)\s*[:：]?\s*([^\s:：]+?)(?=\s|考核时间|考核日期|时间|日期|$)/;
// A sheet named after the unit it scores ("嵯岗镇", "新华社区"), not "Sheet1" or "宿舍卫生".
const UNIT_NAME = /(镇|苏木|乡|街道|社区|嘎查|村|支部|党委|党组|总支|局|委员会|办公室|中心|公司|学校|医院)$/;

/** The unit named in a 被考核单位：… line above the header, else the sheet's name when it reads like a unit. */
export function detectUnit(view: GridView, headerRow: number, sheetName: string): string | null {
  for (let row = 1; row < headerRow; row++) {
    for (let col = 1; col <= view.colCount; col++) {
      const m = UNIT_LINE.exec(view.text(row, col).replace(/_+/g, " "));
      if (m) return m[1];
    }
  }
  const name = sheetName.trim();
  return UNIT_NAME.test(name) ? name : null;
}
