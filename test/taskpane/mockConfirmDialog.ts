// jest cannot run the pane's dynamic import(); test files map the loader to a plain require with:
// jest.mock("../../src/taskpane/loadConfirmDialog", () => require("./mockConfirmDialog"));
import { ConfirmDialog } from "../../src/taskpane/ConfirmDialog";

export async function loadConfirmDialog() {
  return { default: ConfirmDialog };
}
