// jest cannot run the pane's dynamic import(); test files map the loader to a plain require with:
// jest.mock("../../src/taskpane/loadVirtualRows", () => require("./mockVirtualRows"));
import { VirtualRows } from "../../src/taskpane/VirtualRows";

export async function loadVirtualRows() {
  return { default: VirtualRows };
}
