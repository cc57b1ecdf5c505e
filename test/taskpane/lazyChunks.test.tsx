/** @jest-environment jsdom */
// The chunks the pane loads beside its first script: the bundled rubrics (awaited with the first read; if they
// cannot load, the sheet scores by its own text and nothing is said) and the fill's planning (loaded by the fill).
import { fireEvent, screen, within } from "@testing-library/react";
import { item, renderPane, RUBRIC, sampleWorkbook, total } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));

const rubricFiles = jest.fn<Promise<unknown[]>, []>();
jest.mock("../../src/taskpane/loadRubricFiles", () => ({ loadRubricFiles: () => rubricFiles() }));
const fillPlan = jest.fn<Promise<unknown>, []>();
jest.mock("../../src/taskpane/loadFillPlan", () => ({ loadFillPlan: () => fillPlan() }));

const PARTY_MEMBERS = 5;
const actualFillPlan = () => Promise.resolve(jest.requireActual("../../src/taskpane/fillPlan"));

beforeEach(() => {
  localStorage.clear();
  rubricFiles.mockReset();
  fillPlan.mockReset();
  fillPlan.mockImplementation(actualFillPlan);
});
afterEach(() => jest.restoreAllMocks());

// One test: the loaded rubrics are kept for the session (module state), so the order of the steps matters.
describe("the bundled rubrics' chunk", () => {
  it("that fails to load leaves the sheet to its own text, silently; the next pane retries and awaits it with its read", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    rubricFiles.mockRejectedValue(new Error("ChunkLoadError: rubrics"));
    const first = await renderPane(sampleWorkbook());
    expect(total()).toBe("100 / 100");
    expect(screen.queryByText(RUBRIC.title)).toBeNull();
    expect(screen.queryByRole("alert")).toBeNull();
    expect(logged).toHaveBeenCalledWith(new Error("ChunkLoadError: rubrics"));
    first.view.unmount();

    // Arrives well after the scan: the sheet is analysed with it all the same.
    rubricFiles.mockImplementation(() => new Promise((resolve) => setTimeout(() => resolve([RUBRIC]), 50)));
    await renderPane(sampleWorkbook());
    expect(screen.getByText(RUBRIC.title)).toBeTruthy();
    expect(rubricFiles).toHaveBeenCalledTimes(2);
  });
});

describe("the fill's planning chunk", () => {
  it("is fetched once the sheet is read, and a fill that cannot load it says so and writes nothing", async () => {
    rubricFiles.mockResolvedValue([RUBRIC]);
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { host } = await renderPane(sampleWorkbook());
    expect(fillPlan).toHaveBeenCalled();
    const write = jest.spyOn(host, "write");
    fillPlan.mockRejectedValue(new Error("ChunkLoadError: fill-plan"));
    fireEvent.click(item(PARTY_MEMBERS).getByRole("checkbox", { name: /发展党员工作不规范/ }));
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    const alert = await within(screen.getByTestId("total-bar")).findByRole("alert");
    expect(alert.textContent).toContain("出现意外错误，表格未被修改。");
    expect(alert.textContent).not.toContain("ChunkLoadError");
    expect(write).not.toHaveBeenCalled();

    fillPlan.mockImplementation(actualFillPlan);
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    expect(await screen.findByText(/已填写 11 个单元格/)).toBeTruthy();
    expect(write).toHaveBeenCalledTimes(1);
  });
});
