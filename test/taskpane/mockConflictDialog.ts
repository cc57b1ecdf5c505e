// jest cannot run the pane's dynamic import(); test files map the loader to a plain require with:
// jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
import { ConflictDialog } from "../../src/taskpane/ConflictDialog";

export async function loadConflictDialog() {
  return { default: ConflictDialog };
}
