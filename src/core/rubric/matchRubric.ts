import { problem } from "../problems";
import { normalizeKey } from "../text/normalize";
import type { CellValue, Problem, SheetGrid } from "../types";
import type { Rubric } from "./rubric";

/** Why a bundled rubric applies to a sheet: its title is on the sheet, or the sheet's items are its items. */
export interface RubricMatch {
  rubric: Rubric;
  by: "title" | "items";
}

/** What a sheet shows of itself: the texts above its header (title, unit line) and its item names. */
export interface SheetIdentity {
  titles?: string[];
  itemNames: string[];
}

/** Nearly all: at most one item in ten may be named differently. */
const SAME_ITEMS_SHARE = 0.9;
/** A rubric title shorter than this is too generic to be found inside a sheet's title. */
const MIN_TITLE_LENGTH = 8;

const PUNCTUATION = /[\s,，;；。.、:：()（）“”"'‘’《》〈〉【】[\]<>·\-—]/g;

function key(text: string): string {
  return normalizeKey(text).replace(PUNCTUATION, "");
}

function titleMatches(titles: string[], rubric: Rubric): boolean {
  const wanted = key(rubric.title);
  if (wanted === "") return false;
  return titles.some((t) => {
    const k = key(t);
    return k === wanted || (wanted.length >= MIN_TITLE_LENGTH && k.includes(wanted));
  });
}

/** How many sheet items bear a rubric item's name (or alias) exactly, after normalisation; each rubric item once. */
function sameNames(itemNames: string[], rubric: Rubric): number {
  const left = rubric.items.map((it) => new Set([it.name, ...(it.aliases ?? [])].map(key)));
  let same = 0;
  for (const name of itemNames) {
    const k = key(name);
    const at = left.findIndex((names) => names.has(k));
    if (at >= 0) {
      same++;
      left.splice(at, 1);
    }
  }
  return same;
}

function itemsMatch(itemNames: string[], rubric: Rubric): boolean {
  const n = itemNames.length;
  if (n === 0 || n !== rubric.items.length) return false;
  return sameNames(itemNames, rubric) >= Math.ceil(n * SAME_ITEMS_SHARE);
}

/**
 * The bundled rubric that is this sheet's own, or null. Strong matches only: its title on the sheet, or the same
 * number of items with nearly all names equal; names that merely contain each other (组织建设) never decide.
 */
export function findRubricMatch(sheet: SheetIdentity, rubrics: readonly Rubric[]): RubricMatch | null {
  const titles = sheet.titles ?? [];
  const byTitle = rubrics.find((r) => titleMatches(titles, r));
  if (byTitle) return { rubric: byTitle, by: "title" };
  const byItems = rubrics.find((r) => itemsMatch(sheet.itemNames, r));
  return byItems ? { rubric: byItems, by: "items" } : null;
}

/** The rubric whose items are the sheet's items (see findRubricMatch), or null. */
export function matchRubric(itemNames: string[], rubrics: readonly Rubric[], titles: string[] = []): Rubric | null {
  return findRubricMatch({ itemNames, titles }, rubrics)?.rubric ?? null;
}

/** Texts in the rows above the header (the title, the unit line …), where a sheet names itself. */
export function sheetTitles(grid: SheetGrid, headerRow: number): string[] {
  const rows: CellValue[][] = grid.values.slice(0, Math.max(0, headerRow - 1));
  return rows.flatMap((row) => row.filter((v): v is string => typeof v === "string" && v.trim() !== ""));
}

/** The info problem saying which rubric was applied and why. */
export function rubricAppliedProblem(match: RubricMatch): Problem {
  return problem("info", "rubric-applied", null, { rubric: match.rubric.id, title: match.rubric.title, by: match.by });
}
