// jest cannot run the pane's dynamic import(); test files map the fill's planning loader to a plain require with:
// jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
import * as fillPlan from "../../src/taskpane/fillPlan";

export async function loadFillPlan() {
  return fillPlan;
}
