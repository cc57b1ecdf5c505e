// Whether the user last left the 识别结果 panel open, kept in local storage for the next time the pane opens.
const KEY = "kaohe.layoutPanel.open";

export function recalledLayoutPanelOpen(): boolean {
  try {
    return localStorage.getItem(KEY) === "1";
  } catch {
    return false; // storage off (a locked-down browser): the panel starts folded
  }
}

export function rememberLayoutPanelOpen(open: boolean): void {
  try {
    localStorage.setItem(KEY, open ? "1" : "0");
  } catch {
    // Not kept; the panel still works.
  }
}
