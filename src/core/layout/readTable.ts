import { a1 } from "../a1";
import { parseCriteria } from "../clauses/parseCriteria";
import { addExact, parsePoints } from "../exact";
import { problem } from "../problems";
import type { Item, Problem, TotalRow } from "../types";
import type { HeaderFound } from "./detectHeader";
import type { GridView } from "./gridView";
import { isFooterLabel, isSubtotalLabel, isTotalLabel, splitNumbering, splitPointsInText } from "./rowKinds";

export interface TableRead {
  items: Item[];
  total: TotalRow | null;
  lastRow: number;
  problems: Problem[];
}

interface Draft {
  item: Item;
  criteriaMasters: Set<string>;
  criteriaTexts: string[];
  /** Rows after the same group row share a number; a row that may be a group opens a new one. */
  section: number;
  /** Points but no rule: a group row with its subtotal, or an item with no rule written. */
  maybeGroup: boolean;
}

type RowKind = "blank" | "total" | "subtotal" | "footer" | "group" | "maybeGroup" | "continuation" | "item";

/** Reads the body of the table: one Item per scoring row (merged rows joined), group rows, the total row. */
export function readTable(view: GridView, header: HeaderFound): TableRead {
  const { columns, itemColumns } = header;
  const problems: Problem[] = [];
  const drafts: Draft[] = [];
  const sharedCriteria = new Map<string, number>();
  let group: string | null = null;
  let section = 0;
  let total: TotalRow | null = null;
  let lastRow = header.bodyRow - 1;

  const labelCols = [columns.index, ...itemColumns, columns.requirement, 1].filter((c): c is number => c !== undefined);
  const blank = (row: number, col: number | undefined) => col === undefined || view.text(row, col) === "";

  const kindOf = (row: number, current: Draft | undefined): RowKind => {
    const labels = labelCols.map((c) => view.text(row, c)).filter((t) => t !== "");
    if (labels.some(isTotalLabel)) return "total";
    if (labels.some(isSubtotalLabel)) return "subtotal";
    const crit = columns.criteria;
    const critBlank = blank(row, crit) || (crit !== undefined && sameHorizontalMerge(view, row, crit, labelCols));
    if (critBlank && labels.length > 0 && isFooterLabel(labels[0])) return "footer";
    const itemCol = columns.item;
    if (current && itemCol !== undefined && view.continuesFromAbove(row, itemCol) && view.merge(row, itemCol)!.top >= current.item.row) {
      return "continuation";
    }
    const itemBlank = itemColumns.every((c) => view.raw(row, c) === null || String(view.raw(row, c)).trim() === "");
    const ownPointsBlank = columns.points === undefined || view.isBlank(view.raw(row, columns.points));
    if (current && itemBlank && blank(row, columns.index) && ownPointsBlank && !view.isBlank(view.raw(row, crit ?? 0))) {
      return "continuation";
    }
    if (labels.length === 0 && blank(row, crit)) return "blank";
    const pointsNumber = columns.points !== undefined && parsePoints(view.value(row, columns.points)) !== null;
    if (critBlank) return pointsNumber ? "maybeGroup" : "group";
    return "item";
  };

  for (let row = header.bodyRow; row <= view.rowCount; row++) {
    const current = drafts[drafts.length - 1];
    const kind = kindOf(row, current);
    if (kind === "total") {
      total = readTotal(view, row, columns.points, columns.score);
      break;
    }
    if (kind === "footer") break;
    if (kind === "blank") continue;
    lastRow = row;
    if (kind === "subtotal") continue;
    if (kind === "group") {
      group = labelCols.map((c) => view.text(row, c)).find((t) => t !== "") ?? null;
      section++;
      continue;
    }
    if (kind === "continuation" && current) {
      current.item.lastRow = row;
      addExtraPoints(view, row, columns.points, current.item);
    } else {
      if (kind === "maybeGroup") section++;
      const draft = startItem(view, row, header, drafts.length, group, problems);
      drafts.push({ ...draft, section, maybeGroup: kind === "maybeGroup" });
    }
    collectCriteria(view, row, columns.criteria, drafts[drafts.length - 1], sharedCriteria);
  }

  const items = settleGroups(drafts).map((draft, index) => finishItem(draft, index));
  for (const [cell, count] of sharedCriteria) {
    if (count > 1) {
      problems.push(problem("warning", "criteria-merged-across-items", cell, { cell, count }));
    }
  }
  return { items, total, lastRow, problems };
}

// A row with points and no rule is a group row when the items under it add up to its points (组织建设 20 = 12 + 8).
function settleGroups(drafts: Draft[]): Draft[] {
  const groups = new Set<Draft>();
  for (const draft of drafts.filter((d) => d.maybeGroup)) {
    const members = drafts.filter((d) => d !== draft && d.section === draft.section);
    const sum = members.reduce((s, d) => addExact(s, d.item.points ?? 0), 0);
    if (members.length === 0 || sum !== draft.item.points) continue;
    groups.add(draft);
    for (const member of members) member.item.group = draft.item.no ? `${draft.item.no}、${draft.item.name}` : draft.item.name;
  }
  return drafts.filter((d) => !groups.has(d));
}

function sameHorizontalMerge(view: GridView, row: number, col: number, labelCols: number[]): boolean {
  const m = view.merge(row, col);
  return m !== undefined && m.right > m.left && labelCols.some((c) => c >= m.left && c <= m.right);
}

function startItem(
  view: GridView,
  row: number,
  header: HeaderFound,
  index: number,
  group: string | null,
  problems: Problem[],
): Omit<Draft, "section" | "maybeGroup"> {
  const { columns, itemColumns } = header;
  const texts = itemColumns.map((c) => view.text(row, c));
  const deepest = [...texts].reverse().find((t) => t !== "") ?? "";
  const fallback = columns.requirement !== undefined ? view.text(row, columns.requirement) : view.text(row, columns.criteria ?? 1);
  const numbered = splitNumbering(deepest || fallback.slice(0, 30));
  if (numbered.no === null && columns.index !== undefined) numbered.no = view.text(row, columns.index) || null;
  const inText = splitPointsInText(numbered.name);
  const upper = texts.slice(0, -1).filter((t) => t !== "" && t !== deepest);
  const item: Item = {
    index,
    row,
    lastRow: row,
    name: inText.name,
    no: numbered.no,
    group: upper.length > 0 ? upper.join(" / ") : group,
    points: null,
    pointsCell: null,
    scoreCell: null,
    existingScore: null,
    scoreFormula: null,
    existingDeduction: columns.deduction === undefined ? null : view.value(row, columns.deduction),
    existingNote: columns.note === undefined ? null : view.value(row, columns.note),
    criteriaCells: [],
    clauses: [],
  };
  if (columns.points !== undefined) {
    const master = view.master(row, columns.points);
    const value = view.value(row, columns.points);
    item.points = parsePoints(value);
    item.pointsCell = a1(master.row, master.col);
    if (item.points === null && !view.isBlank(value)) {
      problems.push(problem("error", "points-invalid", item.pointsCell, { cell: item.pointsCell, value: String(value) }));
    }
  }
  if (item.points === null && inText.points !== null) {
    item.points = inText.points;
    item.pointsCell = null;
  }
  if (columns.score !== undefined) {
    item.scoreCell = view.master(row, columns.score);
    item.existingScore = view.raw(item.scoreCell.row, item.scoreCell.col);
    item.scoreFormula = view.formula(item.scoreCell.row, item.scoreCell.col);
  }
  return { item, criteriaMasters: new Set(), criteriaTexts: [] };
}

// Points written on each physical row of a merged item (one clause per row) add up to the item's points.
function addExtraPoints(view: GridView, row: number, pointsCol: number | undefined, item: Item): void {
  if (pointsCol === undefined || view.continuesFromAbove(row, pointsCol)) return;
  const extra = parsePoints(view.raw(row, pointsCol));
  if (extra !== null) item.points = addExact(item.points ?? 0, extra);
}

function collectCriteria(view: GridView, row: number, col: number | undefined, draft: Draft, shared: Map<string, number>): void {
  if (col === undefined) return;
  const master = view.master(row, col);
  const cell = a1(master.row, master.col);
  if (draft.criteriaMasters.has(cell)) return;
  const text = view.text(row, col);
  if (text === "") return;
  draft.criteriaMasters.add(cell);
  draft.criteriaTexts.push(String(view.value(row, col)));
  draft.item.criteriaCells.push(cell);
  const m = view.merge(row, col);
  if (m && m.bottom > m.top) shared.set(cell, (shared.get(cell) ?? 0) + 1);
}

const POINTLESS_KINDS = new Set(["bonus", "veto", "award"]);

function finishItem(draft: Draft, index: number): Item {
  const { item } = draft;
  item.index = index;
  for (const text of draft.criteriaTexts) {
    const parsed = parseCriteria(text);
    item.clauses.push(...parsed.clauses);
    if (parsed.rowCap !== undefined) item.cap = parsed.rowCap;
  }
  item.clauses.forEach((clause, i) => (clause.index = i + 1));
  // 加分项 and 一票否决 rows often leave 分值 blank: they hold no points of their own.
  if (item.points === null && item.clauses.length > 0 && item.clauses.every((c) => POINTLESS_KINDS.has(c.kind))) item.points = 0;
  return item;
}

function readTotal(view: GridView, row: number, pointsCol: number | undefined, scoreCol: number | undefined): TotalRow {
  return {
    row,
    declaredPoints: pointsCol === undefined ? null : parsePoints(view.value(row, pointsCol)),
    pointsFormula: pointsCol === undefined ? null : view.formula(row, pointsCol),
    score: scoreCol === undefined ? null : parsePoints(view.value(row, scoreCol)),
    scoreFormula: scoreCol === undefined ? null : view.formula(row, scoreCol),
  };
}
