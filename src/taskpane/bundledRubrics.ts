// Rubric files shipped with the pane; matchRubric picks the one whose items fit the sheet. They load in their own
// chunk, started with the pane (index.tsx) and awaited with the first scan (useScoring).
import type { Rubric } from "../core";
import { loadRubricFiles } from "./loadRubricFiles";

let loading: Promise<Rubric[]> | null = null;

/** The bundled rubrics; if their chunk cannot load, none (the sheet's own text still scores), and a later call retries. */
export function loadBundledRubrics(): Promise<Rubric[]> {
  if (!loading) {
    loading = loadRubricFiles().catch((error: unknown) => {
      console.error(error);
      loading = null;
      return [];
    });
  }
  return loading;
}
