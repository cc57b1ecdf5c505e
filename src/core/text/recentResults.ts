/**
 * The last results of a pure function of a string, for texts that repeat: a sheet says 扣完为止 or 酌情扣分 on many rows,
 * and a batch scores many copies of the same sheet. Bounded: when full it starts again, which keeps memory flat and
 * costs one miss per text.
 */
export class RecentResults<T> {
  private readonly results = new Map<string, T>();

  constructor(private readonly size: number) {}

  get(key: string): T | undefined {
    return this.results.get(key);
  }

  has(key: string): boolean {
    return this.results.has(key);
  }

  set(key: string, value: T): T {
    if (this.results.size >= this.size) this.results.clear();
    this.results.set(key, value);
    return value;
  }
}
