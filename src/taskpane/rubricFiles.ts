// The rubric files shipped with the pane, in their own chunk (loadRubricFiles.ts): ~4 KB gzipped that the pane
// needs only once a sheet is read, so it loads beside the first scan instead of inside the first script.
import { validateRubric, type Rubric } from "../core";
import sumuTown2014 from "../../rubrics/2014-sumu-town.json";

/** The bundled rubrics; one that fails validation is left out (the sheet's own text still scores). */
export function validBundledRubrics(): Rubric[] {
  const rubrics: Rubric[] = [];
  for (const json of [sumuTown2014]) {
    try {
      rubrics.push(validateRubric(json));
    } catch (error) {
      console.error(error);
    }
  }
  return rubrics;
}
