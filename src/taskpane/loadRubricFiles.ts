// Loads the rubric chunk. Pane tests replace this module with test/taskpane/mockRubricFiles.ts (jest cannot run
// import() here): jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
import type { Rubric } from "../core";

export async function loadRubricFiles(): Promise<Rubric[]> {
  const module = await import(/* webpackChunkName: "rubrics" */ "./rubricFiles.js");
  return module.validBundledRubrics();
}
