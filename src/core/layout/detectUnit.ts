import type { GridView } from "./gridView";

export const UNIT_LABEL = /(?:被考核单位|被考评单位|考核对象|单位名称)(?:\([^)]*\))?\s*[:：]?\s*/;
/** Where the unit after its label ends: a space, or the next label on the line (考核时间：…), or the end. */
export const UNIT_END = /\s|考核时间|考核日期|时间|日期|$/;
// "(盖章)", "____" and the like hold the place of a unit, not a unit.
const PLACEHOLDER = /^[(_\s]|^(盖章|签章|签字)$/;

/** The unit written after a 被考核单位 label: a name, "" when the label stands alone, null for no label or a placeholder. */
function unitAfterLabel(text: string): string | null | undefined {
  const m = UNIT_LABEL.exec(text);
  if (!m) return undefined;
  const rest = text.slice(m.index + m[0].length);
  const value = rest.slice(0, rest.search(UNIT_END)).replace(/^[:：]+/, "");
  if (!value) return "";
  return PLACEHOLDER.test(value) ? null : value;
}

// A sheet named after the unit it scores ("嵯岗镇", "新华社区"), not "Sheet1" or "宿舍卫生".
const UNIT_NAME = /(镇|苏木|乡|街道|社区|嘎查|村|支部|党委|党组|总支|局|委员会|办公室|中心|公司|学校|医院)$/;

/** The unit named in a 被考核单位：… line above the header, else the sheet's name when it reads like a unit. */
export function detectUnit(view: GridView, headerRow: number, sheetName: string): string | null {
  for (let row = 1; row < headerRow; row++) {
    for (let col = 1; col <= view.colCount; col++) {
      const unit = unitAfterLabel(view.text(row, col).replace(/_+/g, " "));
      if (unit === undefined) continue;
      if (unit === null) return fromSheetName(sheetName);
      if (unit) return unit;
      // The label alone ("被考核单位：") with the unit in the next cell to the right.
      const next = view.text(row, (view.merge(row, col)?.right ?? col) + 1).split(/\s/)[0];
      return next && !PLACEHOLDER.test(next) && !/时间|日期|[:：]/.test(next) ? next : fromSheetName(sheetName);
    }
  }
  return fromSheetName(sheetName);
}

function fromSheetName(sheetName: string): string | null {
  const name = sheetName.trim();
  return UNIT_NAME.test(name) ? name : null;
}
