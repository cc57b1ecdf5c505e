import { normalizeKey } from "../text/normalize";
import type { Item } from "../types";

/** The categories above an item, outermost first. */
export function pathOf(item: Item): string[] {
  return item.path ?? (item.group ? [item.group] : []);
}

/** Looks items up by sheet row, by name, or by path (类别/项目); built once per call so many findings stay linear. */
export class ItemIndex {
  private readonly byRow = new Map<number, Item>();
  private readonly byName = new Map<string, Item[]>();
  private readonly keys: string[];

  constructor(private readonly items: Item[]) {
    for (const item of items) for (let row = item.row; row <= item.lastRow; row++) this.byRow.set(row, item);
    this.keys = items.map((it) => normalizeKey(it.name));
    items.forEach((item, i) => this.byName.set(this.keys[i], [...(this.byName.get(this.keys[i]) ?? []), item]));
  }

  find(ref: string | number): Item[] {
    if (typeof ref === "number") {
      const item = this.byRow.get(ref);
      return item ? [item] : [];
    }
    const key = normalizeKey(ref);
    if (!key) return [];
    const found = this.byName.get(key) ?? this.items.filter((_, i) => this.keys[i].includes(key));
    return found.length > 0 || !key.includes("/") ? found : this.findByPath(key.split("/").filter(Boolean));
  }

  /** 类别/项目, 一级/二级/要点: the last part names the item, the others its categories in order (each a part of one). */
  private findByPath(parts: string[]): Item[] {
    if (parts.length < 2) return [];
    const name = parts[parts.length - 1];
    const groups = parts.slice(0, -1);
    const matches = (item: Item, i: number) => {
      if (!this.keys[i].includes(name)) return false;
      const path = pathOf(item).map(normalizeKey);
      let at = 0;
      for (const group of groups) {
        while (at < path.length && !path[at].includes(group)) at++;
        if (at === path.length) return false;
        at++;
      }
      return true;
    };
    const found = this.items.filter(matches);
    const exact = found.filter((item) => normalizeKey(item.name) === name);
    return exact.length > 0 ? exact : found;
  }
}
