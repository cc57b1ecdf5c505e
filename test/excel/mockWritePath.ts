// jest cannot run the host's dynamic import(); test files map the loader to the modules themselves with:
// jest.mock("../../src/excel/loadWritePath", () => require("../excel/mockWritePath"));
import * as writePath from "../../src/excel/writePath";

export async function loadWritePath() {
  return writePath;
}
