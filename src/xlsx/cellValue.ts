import type { CellValue as ExcelValue } from "exceljs";
import type { CellValue } from "../core";

type RichTextLike = { richText: { text: string }[] };

function isRichText(v: object): v is RichTextLike {
  return Array.isArray((v as Partial<RichTextLike>).richText);
}

function isoDate(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}

/**
 * An exceljs value as the domain sees it: rich text and hyperlinks as plain text, dates as ISO strings,
 * formulas as their cached result (null when the file holds none), errors as their code ("#REF!").
 */
export function plainValue(value: ExcelValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return isoDate(value);
  if (isRichText(value)) return value.richText.map((r) => r.text).join("");
  if ("formula" in value || "sharedFormula" in value) return value.result === undefined ? null : plainValue(value.result);
  if ("hyperlink" in value) return plainValue(value.text as ExcelValue);
  if ("error" in value) return value.error;
  return null;
}

/** The formula of a cell value as "=…", or null when it holds none. */
export function formulaText(value: ExcelValue, formula: string | undefined): string | null {
  if (value === null || typeof value !== "object" || value instanceof Date) return null;
  if (!("formula" in value) && !("sharedFormula" in value)) return null;
  return formula ? `=${formula}` : null;
}
