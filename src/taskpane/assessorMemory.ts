// The assessor's name, remembered in the browser's localStorage so the pane fills it in next time.
// localStorage may be missing or refuse access (privacy settings, some webviews): then nothing is remembered.
const KEY = "kaohe.assessor";

function storage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

export function recalledAssessor(): string {
  try {
    return storage()?.getItem(KEY) ?? "";
  } catch {
    return "";
  }
}

export function rememberAssessor(name: string): void {
  try {
    const store = storage();
    if (!store) return;
    if (name.trim()) store.setItem(KEY, name.trim());
    else store.removeItem(KEY);
  } catch {
    // Storage full or refused: the name is simply not remembered.
  }
}
