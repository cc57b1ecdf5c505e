// jest cannot run the pane's dynamic import(); test files map the loader to a plain require with:
// jest.mock("../../src/taskpane/loadUnitsView", () => require("./mockUnitsView"));
import { UnitsView } from "../../src/taskpane/units/UnitsView";

export async function loadUnitsView() {
  return { default: UnitsView };
}
