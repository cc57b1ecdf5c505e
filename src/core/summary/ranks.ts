import type { RankStyle } from "../settings/settings";

/**
 * Ranks by value, highest first: standard competition ranking (1,1,3) or the Chinese dense style (1,1,2).
 * Values are compared exactly, so pass exact totals (thousandths), not rounded text.
 */
export function rankValues(values: number[], style: RankStyle): number[] {
  const order = values.map((v, i) => ({ v, i })).sort((a, b) => b.v - a.v);
  const ranks = new Array<number>(values.length);
  let rank = 0;
  let distinct = 0;
  order.forEach(({ v, i }, position) => {
    if (position === 0 || v !== order[position - 1].v) {
      distinct++;
      rank = style === "chinese" ? distinct : position + 1;
    }
    ranks[i] = rank;
  });
  return ranks;
}
