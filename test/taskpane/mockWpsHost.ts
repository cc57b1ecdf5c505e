// jest cannot run the pane's dynamic import(); test files map the loader to a plain require with:
// jest.mock("../../src/taskpane/loadWpsHost", () => require("./mockWpsHost"));
import { WpsHost } from "../../src/wps/wpsHost";

export async function loadWpsHost() {
  return WpsHost;
}
