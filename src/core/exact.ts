// Points move in steps like 0.5 and 0.2; adding them as binary fractions drifts (0.1 + 0.2). Work in thousandths.
const SCALE = 1000;

export function toMilli(points: number): number {
  return Math.round(points * SCALE);
}

export function fromMilli(milli: number): number {
  return milli / SCALE;
}

export function addExact(a: number, b: number, ...more: number[]): number {
  let sum = toMilli(a) + toMilli(b);
  for (let i = 0; i < more.length; i++) sum += toMilli(more[i]);
  return fromMilli(sum);
}

export function mulExact(amount: number, count: number): number {
  return fromMilli(Math.round(toMilli(amount) * count));
}

export function subExact(a: number, b: number): number {
  return fromMilli(toMilli(a) - toMilli(b));
}

/** Parses a number the way sheets write it: 10, "10分", "１０", "10 分", "9.5"; null otherwise. */
export function parsePoints(value: unknown): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const m = /^(-?\d+(?:\.\d+)?)分?$/.exec(value.normalize("NFKC").replace(/\s+/g, ""));
  return m ? Number(m[1]) : null;
}
