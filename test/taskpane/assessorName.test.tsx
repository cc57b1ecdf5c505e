/** @jest-environment jsdom */
// The assessor's name is remembered in local storage for next time, and simply forgotten where storage is refused.
import { fireEvent, screen } from "@testing-library/react";
import { renderPane, sampleWorkbook } from "./paneHarness";

const assessorInput = () => screen.getByLabelText("评分人") as HTMLInputElement;

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

describe("the assessor's name", () => {
  it("is remembered for next time", async () => {
    const first = await renderPane(sampleWorkbook());
    expect(assessorInput().value).toBe("");
    fireEvent.change(assessorInput(), { target: { value: "李四" } });
    first.view.unmount();

    await renderPane(sampleWorkbook());
    expect(assessorInput().value).toBe("李四");
  });

  it("is simply not remembered where localStorage refuses access", async () => {
    jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("denied", "SecurityError");
    });
    await renderPane(sampleWorkbook());
    fireEvent.change(assessorInput(), { target: { value: "王五" } });
    expect(assessorInput().value).toBe("王五");
    expect(screen.getAllByRole("article")).toHaveLength(11);
  });
});
