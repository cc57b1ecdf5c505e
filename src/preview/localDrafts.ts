import type { DraftStore } from "../host/scoringHost";

const PREFIX = "kaohe.draft:";

/** Drafts in the browser's local storage, one entry per workbook (`scope`, e.g. its file name) and sheet. */
export class LocalDrafts implements DraftStore {
  constructor(private readonly scope: string) {}

  async load(sheet: string): Promise<string | null> {
    return storage()?.getItem(this.key(sheet)) ?? null;
  }

  async save(sheet: string, draft: string): Promise<void> {
    storage()?.setItem(this.key(sheet), draft);
  }

  async clear(sheet: string): Promise<void> {
    storage()?.removeItem(this.key(sheet));
  }

  /** Every draft kept for this workbook, by sheet (read synchronously, for the page's prompts). */
  all(): Map<string, string> {
    const found = new Map<string, string>();
    const store = storage();
    if (!store) return found;
    const head = `${PREFIX}${JSON.stringify(this.scope)}:`;
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(head)) found.set(key.slice(head.length), store.getItem(key) ?? "");
    }
    return found;
  }

  private key(sheet: string): string {
    return `${PREFIX}${JSON.stringify(this.scope)}:${sheet}`;
  }
}

/** localStorage, or null where the browser refuses it (private mode, storage disabled). */
function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}
