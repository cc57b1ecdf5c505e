// The write and undo code (with the co-author and protection checks) loads on the first fill, or in the background
// once the first scan is done: the pane's start needs only the scan. Tests replace this module with
// test/excel/mockWritePath.ts (jest cannot run import() here).
export type WritePath = typeof import("./writePath.js");

let loading: Promise<WritePath> | null = null;

export function loadWritePath(): Promise<WritePath> {
  if (!loading) {
    loading = import(/* webpackChunkName: "excel-write" */ "./writePath.js");
    loading.catch(() => (loading = null)); // a later fill may load it
  }
  return loading;
}
