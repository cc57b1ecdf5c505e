import { a1 } from "../a1";
import { addExact, parsePoints } from "../exact";
import { problem } from "../problems";
import type { Item, Problem, TotalRow } from "../types";
import type { HeaderFound } from "./detectHeader";
import type { GridView } from "./gridView";
import { finestIsCategory, LevelCarry, type Level } from "./itemPath";
import { finishItem, type NoteUse } from "./finishItem";
import { pointsAtEnds, pointsOfCell } from "./pointsOfCell";
import { isFooterLabel, isNoteLine, joinVertical, splitNumbering, splitPointsInText, totalLabelOfRow } from "./rowKinds";
import { bareAmountRule, collectCriteria } from "./criteriaCells";
import { checkSections, type Section } from "./sectionTotals";
import { readTotal, subtotalAsTotal } from "./totalRow";

export interface TableRead {
  items: Item[];
  total: TotalRow | null;
  lastRow: number;
  problems: Problem[];
}

export interface Draft {
  item: Item;
  /** Master cells of the rule texts already taken (row * 16384 + col); a few at most, so a list. */
  criteriaMasters: number[];
  criteriaTexts: string[];
  /** Rows after the same group row share a number; a row that may be a group opens a new one. */
  section: number;
  /** Points but no rule: a group row with its subtotal, or an item with no rule written. */
  maybeGroup: boolean;
  /** The 分值 cell held something that is no points (a date, an error value, a negative number). */
  pointsInvalid: boolean;
  /** Categories whose written total this item's points count towards. */
  sections: Section[];
  /** Texts outside a rule column that may state a rule (a checklist's standards); only what is read counts. */
  extraRuleTexts: string[];
}

type RowKind = "blank" | "total" | "subtotal" | "footer" | "group" | "maybeGroup" | "continuation" | "item";

/** Reads the body of the table: one Item per scoring row (merged rows joined), group rows, the total row. */
export function readTable(view: GridView, header: HeaderFound): TableRead {
  const { columns, itemColumns } = header;
  const problems: Problem[] = [];
  const drafts: Draft[] = [];
  const sharedCriteria = new Map<string, number>();
  const sections = new Map<string, Section>();
  const carry = new LevelCarry(view, itemColumns);
  let group: Level | null = null;
  let section = 0;
  let total: TotalRow | null = null;
  let lastRow = header.bodyRow - 1;
  const subtotals: number[] = [];

  const labelCols = [columns.index, ...itemColumns, columns.requirement, 1].filter((c): c is number => c !== undefined);
  // Blank by the raw value: long rule texts are folded only when read.
  const blank = (row: number, col: number | undefined) => col === undefined || view.isBlank(view.value(row, col));
  const firstLabel = (row: number) => {
    for (const c of labelCols) {
      const text = view.text(row, c);
      if (text !== "") return text;
    }
    return "";
  };
  const pointsCol = columns.points;

  // A points cell of this row's own (not the rest of a merge from above) with something in it.
  const ownPoints = (row: number) =>
    pointsCol !== undefined && !view.continuesFromAbove(row, pointsCol) && !view.isBlank(view.raw(row, pointsCol));

  // "(5分)" at the ends of the rule when the points column is missing, blank here, or merged over a whole section.
  // Asked several times per row (its kind, its item, its rules): read once.
  let textPointsRow = 0;
  let textPointsFound: ReturnType<typeof readTextPoints> = null;
  const textPoints = (row: number) => {
    if (row !== textPointsRow) {
      textPointsRow = row;
      textPointsFound = readTextPoints(row);
    }
    return textPointsFound;
  };
  const textPointCols = [columns.criteria, columns.requirement];
  const readTextPoints = (row: number) => {
    if (pointsCol !== undefined) {
      const pm = view.merge(row, pointsCol);
      if (!(pm && pm.bottom > pm.top) && !view.isBlank(view.raw(row, pointsCol))) return null;
    }
    for (const col of textPointCols) {
      if (col === undefined || itemColumns.includes(col) || view.continuesFromAbove(row, col)) continue;
      const found = pointsAtEnds(view.text(row, col));
      if (found) {
        const m = view.merge(row, col);
        // Written on this one row (not in a cell shared with the rows below): a line of its own with its points.
        return { ...found, inRule: col === columns.criteria, ownLine: !m || m.bottom === m.top };
      }
    }
    return null;
  };

  // The requirement column names the item when the item column holds its category.
  const ownRequirement = (row: number) => {
    const req = columns.requirement;
    if (req === undefined || itemColumns.includes(req)) return "";
    // A requirement merged over several rows is shared by them, and names none of them.
    const m = view.merge(row, req);
    if (m && m.bottom > m.top) return "";
    return view.text(row, req);
  };

  const ruleName = (row: number) => (columns.criteria !== undefined ? view.text(row, columns.criteria) : "");

  const ownCriteria = (row: number) => {
    const crit = columns.criteria;
    return crit !== undefined && !view.continuesFromAbove(row, crit) && !view.isBlank(view.value(row, crit));
  };

  // The finest row with points of its own is an item, even under an item cell merged over several such rows.
  const ownItemRow = (row: number) => textPoints(row) !== null || (ownPoints(row) && (ownRequirement(row) !== "" || ownCriteria(row)));

  // The condition a bare amount belongs to: the row's own requirement text (缺陷内容).
  const defectText = (row: number) => {
    const req = columns.requirement;
    if (req === undefined || view.continuesFromAbove(row, req)) return "";
    return view.text(row, req).replace(/^\*/, "");
  };

  const firstText = (row: number) => {
    const width = view.rowWidth(row);
    for (let col = 1; col <= width; col++) {
      const text = view.text(row, col);
      if (text !== "") return text;
    }
    return "";
  };

  // A second table under the first repeats its header (项目 | 规范要求 | 扣分点).
  const headerCols = [columns.item, columns.criteria, columns.requirement, columns.points].filter((c): c is number => c !== undefined);
  const repeatsHeader = (row: number) => {
    if (headerCols.length < 2) return false;
    for (const c of headerCols) {
      const text = view.text(row, c);
      if (text === "" || text !== view.text(header.headerRow, c)) return false;
    }
    return true;
  };
  const hasLabelIn = (row: number) => {
    for (const c of labelCols) if (!blank(row, c)) return true;
    return false;
  };
  const itemCellsBlank = (row: number) => {
    for (const c of itemColumns) if (!view.isBlank(view.raw(row, c))) return false;
    return true;
  };

  const kindOf = (row: number, current: Draft | undefined): RowKind => {
    const totalKind = totalLabelOfRow(view, row);
    if (totalKind) return totalKind;
    if (repeatsHeader(row)) return "blank";
    const hasLabel = hasLabelIn(row);
    const crit = columns.criteria;
    const critBlank = blank(row, crit) || (crit !== undefined && sameHorizontalMerge(view, row, crit, labelCols));
    const first = firstText(row);
    // A row with points of its own is a scoring row, whatever its remark says (评分人填写得分…: a note scoring wrote).
    if (
      first !== "" &&
      !ownPoints(row) &&
      ((isFooterLabel(first) && (critBlank || /[:：]/.test(first))) || (isNoteLine(first) && critBlank))
    ) {
      return "footer";
    }
    const itemCol = columns.item;
    if (
      current &&
      itemCol !== undefined &&
      view.continuesFromAbove(row, itemCol) &&
      view.merge(row, itemCol)!.top >= current.item.row &&
      !ownItemRow(row)
    ) {
      return "continuation";
    }
    const itemBlank = itemCellsBlank(row);
    const ownPointsBlank = !ownPoints(row) && textPoints(row) === null;
    if (current && itemBlank && blank(row, columns.index) && ownPointsBlank && crit !== undefined && !view.isBlank(view.raw(row, crit))) {
      return "continuation";
    }
    if (!hasLabel && blank(row, crit)) return "blank";
    const pointsNumber = pointsCol !== undefined && parsePoints(view.value(row, pointsCol)) !== null;
    // A row with its own requirement text is an item whose rule is not written (由…组织考核), not a group row.
    const ownText = ownRequirement(row);
    const spansRow = crit !== undefined && sameHorizontalMerge(view, row, crit, labelCols);
    if (critBlank && ownText !== "" && ownText !== firstLabel(row) && !spansRow) return "item";
    // A checklist row whose points are written in its text ("…(2.5)").
    if (crit === undefined && textPoints(row) !== null) return "item";
    if (critBlank) return pointsNumber ? "maybeGroup" : "group";
    return "item";
  };

  const sectionOf = (key: string, group: string, cell: string, points: number): Section => {
    let found = sections.get(key);
    if (!found) sections.set(key, (found = { group, cell, points, drafts: [] }));
    return found;
  };

  const startItem = (row: number, maybeGroup: boolean): Draft => {
    carry.readRow(row);
    let deepestAt = itemColumns.length - 1;
    let deepestText = "";
    for (; deepestAt >= 0; deepestAt--) {
      deepestText = joinVertical(view.text(row, itemColumns[deepestAt]));
      if (deepestText !== "") break;
    }
    const tp = textPoints(row);
    const requirement = ownRequirement(row);
    const finest = itemColumns.length - 1;
    // The finest item cell spans several rows that each have points of their own: it is their category.
    const finestMerge = finest >= 0 ? view.merge(row, itemColumns[finest]) : undefined;
    const fromAbove = finestMerge !== undefined && finestMerge.top < row;
    const finerText = requirement !== "" || ownCriteria(row);
    const category =
      deepestAt === finest &&
      finest >= 0 &&
      ((header.finestIsCategory === true && finerText) ||
        (finestMerge !== undefined &&
          finestMerge.bottom > finestMerge.top &&
          (tp?.ownLine === true || (finerText && (fromAbove || (ownPoints(row) && finestIsCategory(view, row, columns)))))));
    // The rule text names the item as written, its points included (the corpus and the user see it so).
    const nameText = category
      ? requirement || ruleName(row)
      : deepestAt >= 0
        ? deepestText
        : requirement || (columns.requirement !== undefined ? view.text(row, columns.requirement) : "") || ruleName(row);
    const numbered = splitNumbering(nameText);
    if (numbered.no === null && columns.index !== undefined) numbered.no = view.text(row, columns.index) || null;
    // A standard that names its item keeps its "(3分)" as written; the points come from textPoints.
    const inText = category ? { name: numbered.name, points: null } : splitPointsInText(numbered.name);
    const upTo = category ? finest + 1 : Math.max(deepestAt, 0);
    // Most rows have no category above them: the lists are made only when there is one.
    let pathLevels: Level[] | null = group !== null && group.text !== "" ? [group] : null;
    for (let i = 0; i < upTo && i < itemColumns.length; i++) {
      const level = carry.level(i);
      if (level !== null) (pathLevels ??= []).push(level);
    }
    let path: string[] | null = null;
    if (pathLevels !== null) {
      for (const level of pathLevels) {
        if (level.text !== path?.[path.length - 1] && level.text !== inText.name) (path ??= []).push(level.text);
      }
    }
    const item: Item = {
      index: drafts.length,
      row,
      lastRow: row,
      name: inText.name,
      no: numbered.no,
      group: path !== null ? path[path.length - 1] : null,
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
    if (path !== null) item.path = path;
    const selfScore = columns.selfScore === undefined ? null : parsePoints(view.value(row, columns.selfScore));
    if (selfScore !== null) item.selfScore = selfScore;
    const draft: Draft = {
      item,
      criteriaMasters: [],
      criteriaTexts: [],
      section,
      maybeGroup,
      pointsInvalid: false,
      sections: [],
      extraRuleTexts: [],
    };
    if (pathLevels !== null) {
      for (const level of pathLevels) {
        const points = splitPointsInText(level.text).points;
        if (points !== null) {
          const cell = a1(level.cell.row, level.cell.col);
          sectionOf(cell, level.text, cell, points).drafts.push(draft);
        }
      }
    }
    readPoints(row, draft, tp, inText.points);
    if (columns.score !== undefined) {
      item.scoreCell = view.master(row, columns.score);
      item.existingScore = view.raw(item.scoreCell.row, item.scoreCell.col);
      item.scoreFormula = view.formula(item.scoreCell.row, item.scoreCell.col);
    }
    return draft;
  };

  const readPoints = (row: number, draft: Draft, tp: { points: number } | null, inName: number | null) => {
    const { item } = draft;
    if (pointsCol !== undefined) {
      const pm = view.merge(row, pointsCol);
      const cell = a1(view.masterRow(row, pointsCol), view.masterCol(row, pointsCol));
      if (tp && pm && pm.bottom > pm.top) {
        // The merged 分值 is the section's total; each rule line carries its own points.
        const sectionPoints = parsePoints(view.value(row, pointsCol));
        if (sectionPoints !== null) sectionOf(`points:${cell}`, item.group ?? item.name, cell, sectionPoints).drafts.push(draft);
      } else {
        const read = pointsOfCell(view.value(row, pointsCol));
        item.pointsCell = cell;
        if ("points" in read && read.points !== null) item.points = read.points;
        else if ("points" in read) {
          draft.pointsInvalid = true;
          const value = String(view.value(row, pointsCol));
          problems.push(problem("error", "points-invalid", cell, read.reason ? { cell, value, reason: read.reason } : { cell, value }));
        }
      }
    }
    if (item.points === null && !draft.pointsInvalid) {
      const points = inName ?? tp?.points ?? null;
      if (points !== null) {
        item.points = points;
        item.pointsCell = null;
      }
    }
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
    if (kind === "subtotal") {
      subtotals.push(row);
      continue;
    }
    if (kind === "group") {
      const col = labelCols.find((c) => view.text(row, c) !== "");
      group = col === undefined ? null : { text: joinVertical(view.text(row, col)), cell: view.master(row, col) };
      carry.reset();
      section++;
      continue;
    }
    if (kind === "continuation" && current) {
      current.item.lastRow = row;
      addExtraPoints(view, row, columns.points, current.item);
    } else {
      if (kind === "maybeGroup") section++;
      drafts.push(startItem(row, kind === "maybeGroup"));
    }
    const inRule = textPoints(row);
    const rest = inRule?.inRule ? inRule.rest : undefined;
    const draft = drafts[drafts.length - 1];
    const crit = columns.criteria;
    // 缺陷内容 | 扣分标准 written as "缺质量控制医师签名 | 1": the defect and its bare amount are one rule.
    const amountOnly = crit === undefined ? null : bareAmountRule(view.value(row, crit));
    const defect = amountOnly === null ? "" : defectText(row);
    collectCriteria(view, row, crit, draft, sharedCriteria, defect !== "" && amountOnly !== null ? amountOnly(defect) : rest);
    // In a checklist the standard itself may carry a rule (…该项不计分); kept only when read.
    if (crit === undefined && kind !== "continuation")
      draft.extraRuleTexts.push(
        ...[columns.requirement, columns.item].map((c) => (c === undefined ? "" : view.text(row, c))).filter((t) => t !== ""),
      );
  }

  const kept = settleGroups(drafts, total?.declaredPoints ?? null);
  if (total === null && subtotals.length > 0) total = subtotalAsTotal(view, subtotals, kept, columns.points, columns.score);
  const noteHeader = columns.note === undefined ? "" : view.text(header.headerRow, columns.note);
  const noteUse: NoteUse =
    columns.note === undefined ? "none" : columns.criteria === undefined ? "rules" : /扣/.test(noteHeader) ? "none" : "bonus";
  const items = kept.map((draft, index) => finishItem(draft, index, problems, noteUse));
  if (sections.size > 0) problems.push(...checkSections(sections, new Set(kept)));
  for (const [cell, count] of sharedCriteria) {
    if (count > 1) {
      problems.push(problem("warning", "criteria-merged-across-items", cell, { cell, count }));
    }
  }
  return { items, total, lastRow, problems };
}

// A row with points and no rule is a group row when the items under it add up to its points (组织建设 20 = 12 + 8).
// A declared total that every row's points add up to says there is no group row.
function settleGroups(drafts: Draft[], declaredTotal: number | null): Draft[] {
  // A row whose own rule cell is blank but whose merged item goes on with rules below is an item, not a group.
  const candidates = drafts.filter((d) => d.maybeGroup && d.criteriaTexts.length === 0);
  if (candidates.length === 0) return drafts;
  // Each section's drafts once, so a sheet of many such rows stays linear.
  const bySection = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = bySection.get(d.section);
    if (list) list.push(d);
    else bySection.set(d.section, [d]);
  }
  const groups = new Map<Draft, Draft[]>();
  const grouped = new Set<Draft>();
  const isCandidate = new Set(candidates);
  // Group rows head the table's items: an item with rules above a row, outside every group, makes that row its sibling.
  let ungroupedAbove = false;
  for (const draft of drafts) {
    if (!isCandidate.has(draft)) {
      if (!draft.maybeGroup && !grouped.has(draft) && draft.item.group === null) ungroupedAbove = true;
      continue;
    }
    if (ungroupedAbove) continue;
    const members = (bySection.get(draft.section) ?? []).filter((d) => d !== draft);
    // Items each with their points, two or more, or one numbered otherwise (二、其他工作 over 3、宣传工作): one item
    // whose points equal the row's, numbered alike or not at all, is as likely its sibling.
    if (members.length === 0 || members.some((d) => !d.item.points)) continue;
    if (members.length === 1 && !numberedAsParent(draft.item.no, members[0].item.no)) continue;
    const sum = members.reduce((s, d) => addExact(s, d.item.points ?? 0), 0);
    if (sum !== draft.item.points) continue;
    groups.set(draft, members);
    for (const member of members) grouped.add(member);
  }
  if (groups.size === 0) return drafts;
  if (declaredTotal !== null && drafts.reduce((s, d) => addExact(s, d.item.points ?? 0), 0) === declaredTotal) return drafts;
  for (const [draft, members] of groups) {
    const label = draft.item.no ? `${draft.item.no}、${draft.item.name}` : draft.item.name;
    for (const member of members) {
      member.item.group = label;
      member.item.path = [...(draft.item.path ?? []), label];
    }
  }
  return drafts.filter((d) => !groups.has(d));
}

const numberingKind = (no: string | null) => (no === null ? null : /^\d+$/.test(no) ? "digit" : "other");

function numberedAsParent(parent: string | null, child: string | null): boolean {
  return numberingKind(parent) !== null && numberingKind(parent) !== numberingKind(child);
}

function sameHorizontalMerge(view: GridView, row: number, col: number, labelCols: number[]): boolean {
  const m = view.merge(row, col);
  return m !== undefined && m.right > m.left && labelCols.some((c) => c >= m.left && c <= m.right);
}

// Points written on each physical row of a merged item (one clause per row) add up to the item's points.
function addExtraPoints(view: GridView, row: number, pointsCol: number | undefined, item: Item): void {
  if (pointsCol === undefined || view.continuesFromAbove(row, pointsCol)) return;
  const extra = parsePoints(view.raw(row, pointsCol));
  if (extra !== null) item.points = addExact(item.points ?? 0, extra);
}
