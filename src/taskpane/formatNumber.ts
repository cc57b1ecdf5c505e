/** Points as people write them: 10, 8.5, 0.2 (never 0.30000000000000004). */
export function formatPoints(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return "—";
  return String(Math.round(n * 100) / 100);
}
