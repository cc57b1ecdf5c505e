// jest cannot run the pane's dynamic import(); test files map the rubric loader to a plain require with:
// jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
import { validBundledRubrics } from "../../src/taskpane/rubricFiles";

export async function loadRubricFiles() {
  return validBundledRubrics();
}
