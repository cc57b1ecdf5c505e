import { parsePoints } from "../exact";
import { findScoringSheet, inspectSheet } from "../inspectSheet";
import type { Rubric } from "../rubric/rubric";
import { resolveFindings } from "../scoring/resolveFindings";
import { scoreSheet } from "../scoring/scoreSheet";
import type { CellValue, SheetGrid, SheetModel } from "../types";
import { TYPED_SCORE } from "../writes/logColumns";
import { LOG_SHEET_NAME, decodeLog } from "../writes/logSheet";
import type { ScoredUnit, UnitDeduction, UnitItemScore } from "./types";

export interface UnitSheetOptions {
  /** How the file is named in messages and in ScoredUnit.source. */
  source: string;
  /** Unit name when neither the log nor the sheet gives one (a file's name without extension). */
  fallbackUnit?: string;
  /** The rubric that matches a sheet (inspected without one), or null; the command passes the bundled ones. */
  rubricFor?: (grid: SheetGrid, model: SheetModel) => Rubric | null;
}

export interface UnreadSheet {
  source: string;
  reason: string;
}

export interface UnitsRead {
  units: ScoredUnit[];
  unread: UnreadSheet[];
  /** Read, but with something to look at: log rows that no longer match the sheet, and the like. */
  warnings: UnreadSheet[];
}

function selfScoreAt(grid: SheetGrid, row: number, col: number | undefined): number | null {
  return col === undefined ? null : parsePoints(grid.values[row - 1]?.[col - 1] ?? null);
}

/** Who scored the sheet: the first 评分人 the log names for it. */
function assessorOf(log: CellValue[][] | null, sheet: string): string | null {
  if (!log || log.length < 2) return null;
  const sheetCol = log[0].findIndex((v) => String(v ?? "").trim() === "工作表");
  const whoCol = log[0].findIndex((v) => String(v ?? "").trim() === "评分人");
  if (sheetCol < 0 || whoCol < 0) return null;
  const row = log.slice(1).find((r) => String(r[sheetCol] ?? "") === sheet && String(r[whoCol] ?? "").trim() !== "");
  return row ? String(row[whoCol]).trim() : null;
}

type SheetRead = { unit: ScoredUnit; warnings?: string[] } | { reason: string };

/** A sheet scored by hand (no log rows): its filled 得分 cells, when every item with points has one. */
function fromFilledScores(model: SheetModel, grid: SheetGrid, base: Omit<ScoredUnit, "items" | "vetoed" | "findings">): SheetRead {
  const scored = model.items.filter((it) => it.points !== null);
  const filled = scored.filter((it) => parsePoints(it.existingScore) !== null);
  if (filled.length === 0) return { reason: "尚未评分（没有得分，也没有扣分明细记录）" };
  if (filled.length < scored.length) {
    const blank = scored.filter((it) => parsePoints(it.existingScore) === null).map((it) => it.name);
    return { reason: `有 ${blank.length} 项得分空白：${blank.slice(0, 3).join("、")}${blank.length > 3 ? "……" : ""}` };
  }
  const items = model.items.map((it): UnitItemScore => ({
    name: it.name,
    points: it.points,
    score: parsePoints(it.existingScore),
    bonus: 0,
    selfScore: selfScoreAt(grid, it.row, model.layout.columns.selfScore),
  }));
  return { unit: { ...base, items, vetoed: false, findings: [] } };
}

function readSheet(grid: SheetGrid, log: CellValue[][] | null, source: string, options: UnitSheetOptions): SheetRead {
  const loggedUnit = log ? (decodeLog(log, grid.name).unit ?? null) : null;
  let model = inspectSheet(grid, { unit: loggedUnit });
  const rubric = options.rubricFor?.(grid, model) ?? null;
  if (rubric) model = inspectSheet(grid, { rubric, unit: loggedUnit });
  const tableError = model.problems.find((p) => p.severity === "error" && (p.code === "no-table" || p.code === "no-items"));
  if (tableError) return { reason: tableError.message };
  // Decoded against the model, findings follow their item by name wherever rows moved since the scoring.
  const recorded = log ? decodeLog(log, grid.name, model) : { findings: [], problems: [] };
  const unit = loggedUnit ?? model.layout.unit ?? options.fallbackUnit ?? grid.name;
  const base = { unit, source, assessor: assessorOf(log, grid.name) };
  if (recorded.findings.length === 0) return fromFilledScores(model, grid, base);

  const { resolved, problems } = resolveFindings(model, recorded.findings);
  const error = problems.find((p) => p.severity === "error");
  if (error) return { reason: `扣分明细记录无法对应到评分表：${error.message}` };
  const result = scoreSheet(model, resolved, unit);
  const selfCol = model.layout.columns.selfScore;
  const items = result.items.map((s): UnitItemScore => ({
    name: s.name,
    points: s.points,
    score: s.score,
    bonus: s.bonus,
    selfScore: selfScoreAt(grid, s.row, selfCol),
  }));
  const findings = result.applied.map((f): UnitDeduction => {
    const item = model.items[f.itemIndex];
    return {
      item: item.name,
      clause: f.clauseIndex > 0 ? item.clauses[f.clauseIndex - 1].text : TYPED_SCORE,
      count: f.count,
      amount: f.amount ?? null,
      effect: f.effect,
      note: f.note ?? "",
    };
  });
  const warnings = recorded.problems.filter((p) => p.severity !== "info").map((p) => p.message);
  return { unit: { ...base, items, vetoed: result.vetoed, findings }, warnings };
}

/**
 * Every unit sheet of a workbook as a scored unit: a sheet holding a scoring table, scored again from its 扣分明细
 * rows through the same core as `kaohe score` (or, scored by hand, from its filled 得分 cells). Sheets that cannot
 * be read are listed with the reason.
 */
export function scoredUnitsFromGrids(grids: SheetGrid[], options: UnitSheetOptions): UnitsRead {
  const log = grids.find((g) => g.name === LOG_SHEET_NAME)?.values ?? null;
  const sheets = grids.filter((g) => g.name !== LOG_SHEET_NAME && findScoringSheet([g]) === 0);
  if (sheets.length === 0) return { units: [], unread: [{ source: options.source, reason: "没有找到考核评分表" }], warnings: [] };
  const units: ScoredUnit[] = [];
  const unread: UnreadSheet[] = [];
  const warnings: UnreadSheet[] = [];
  for (const grid of sheets) {
    const source = sheets.length > 1 ? `${options.source} › ${grid.name}` : options.source;
    const fallbackUnit = sheets.length > 1 ? grid.name : options.fallbackUnit;
    const read = readSheet(grid, log, source, { ...options, fallbackUnit });
    if ("unit" in read) {
      units.push(read.unit);
      for (const reason of read.warnings ?? []) warnings.push({ source, reason });
    } else unread.push({ source, reason: read.reason });
  }
  return { units, unread, warnings };
}
