// jest cannot run the pane's dynamic import(); test files map the loader to a plain require with:
// jest.mock("../../src/taskpane/loadAmountReasonDialog", () => require("./mockAmountReasonDialog"));
import { AmountReasonDialog } from "../../src/taskpane/AmountReasonDialog";

export async function loadAmountReasonDialog() {
  return { default: AmountReasonDialog };
}
