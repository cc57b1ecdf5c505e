// One line per corpus table and the closing summary line, as `npm run corpus` prints them.
import type { TableOutcome } from "./checkTable";

export function outcomeLine(o: TableOutcome): string {
  const state = o.refused ? "REFUSED" : o.failures.length === 0 ? "pass" : "FAIL";
  const points = `points ${round(o.pointsSum)}/${round(o.pointsExpected)}`;
  return `${state.padEnd(7)} ${o.slug.padEnd(36)} items ${o.itemsFound}/${o.itemsExpected}  ${points}  unread ${o.unread}/${o.clauses}  scored ${o.scoredPassed}/${o.scoredCases}`;
}

export interface CorpusSummary {
  tables: number;
  pass: number;
  refused: number;
  unreadShare: number;
  fields: number;
}

export function summarise(outcomes: TableOutcome[]): CorpusSummary {
  const clauses = outcomes.reduce((s, o) => s + o.clauses, 0);
  const unread = outcomes.reduce((s, o) => s + o.unread, 0);
  return {
    tables: outcomes.length,
    pass: outcomes.filter((o) => !o.refused && o.failures.length === 0).length,
    refused: outcomes.filter((o) => o.refused).length,
    unreadShare: clauses === 0 ? 0 : unread / clauses,
    fields: new Set(outcomes.map((o) => o.field)).size,
  };
}

export function summaryLine(s: CorpusSummary): string {
  return `corpus: ${s.tables} tables, ${s.pass} pass, ${s.refused} refused, unread clauses ${(s.unreadShare * 100).toFixed(1)}%`;
}

function round(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}
