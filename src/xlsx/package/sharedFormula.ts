import { columnLetter, columnNumber } from "../../core";

// A cell reference outside string literals, not part of a name or a function call: A1, $B$2, Sheet1!C3.
const REFERENCE = /(?<![A-Za-z0-9_.$'\u4e00-\u9fff])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(!])/g;
const STRING_LITERAL = /("(?:[^"]|"")*")/;

/**
 * The formula of a cell that shares its master's formula (`<f t="shared" si="0"/>`): the master's text with every
 * relative reference moved by the cell's offset from the master, as Excel does when it fills a formula.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  if (rows === 0 && cols === 0) return formula;
  return formula
    .split(STRING_LITERAL)
    .map((piece, i) =>
      i % 2 === 1
        ? piece
        : piece.replace(REFERENCE, (whole, colAbs: string, letters: string, rowAbs: string, digits: string) => {
            const col = colAbs ? columnNumber(letters) : columnNumber(letters) + cols;
            const row = rowAbs ? Number(digits) : Number(digits) + rows;
            if (col < 1 || row < 1) return whole;
            return `${colAbs}${columnLetter(col)}${rowAbs}${row}`;
          }),
    )
    .join("");
}
