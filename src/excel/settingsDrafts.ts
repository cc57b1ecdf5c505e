/* global Office */
import type { DraftStore } from "../host/scoringHost";

const PREFIX = "kaohe.draft:";

/**
 * Drafts in the workbook's document settings (Office.context.document.settings): they travel with the file, so
 * whoever reopens it — on this machine or another — gets the unwritten ticks back. saveAsync persists them.
 */
export class SettingsDrafts implements DraftStore {
  /** The saveAsync under way, and whether settings changed since it started (a note is saved per keystroke). */
  private saving: Promise<void> | null = null;
  private again = false;

  async load(sheet: string): Promise<string | null> {
    const value: unknown = settings().get(PREFIX + sheet);
    return typeof value === "string" ? value : null;
  }

  save(sheet: string, draft: string): Promise<void> {
    settings().set(PREFIX + sheet, draft);
    return this.persistSoon();
  }

  clear(sheet: string): Promise<void> {
    settings().remove(PREFIX + sheet);
    return this.persistSoon();
  }

  /** At most one saveAsync at a time; changes made meanwhile go in one more save after it. */
  private persistSoon(): Promise<void> {
    if (this.saving) {
      this.again = true;
      return this.saving;
    }
    const run = async (): Promise<void> => {
      try {
        do {
          this.again = false;
          await persist();
        } while (this.again);
      } finally {
        this.saving = null;
      }
    };
    this.saving = run();
    return this.saving;
  }
}

function settings(): Office.Settings {
  return Office.context.document.settings;
}

function persist(): Promise<void> {
  return new Promise((resolve, reject) =>
    settings().saveAsync((result) =>
      result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(new Error(result.error?.message ?? "saveAsync failed")),
    ),
  );
}
