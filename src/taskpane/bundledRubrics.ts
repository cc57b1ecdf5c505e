// Rubric files shipped with the pane; matchRubric picks the one whose items fit the sheet.
import { validateRubric, type Rubric } from "../core";
import sumuTown2014 from "../../rubrics/2014-sumu-town.json";

/** The bundled rubrics; one that fails validation is left out (the sheet's own text still scores). */
export function loadBundledRubrics(): Rubric[] {
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
