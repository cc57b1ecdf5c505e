/** @jest-environment jsdom */
// The preview page asks before an action that would drop unwritten ticks (the sample button, opening a file) or
// leave them out (下载), and a reload (a new page over the same sample) finds them again.
import { act, configure, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { PreviewApp } from "../../src/preview/PreviewApp";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("../taskpane/mockConflictDialog"));
jest.mock("../../src/taskpane/loadConfirmDialog", () => require("../taskpane/mockConfirmDialog"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("../taskpane/mockFillPlan"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("../taskpane/mockRubricFiles"));
jest.mock("../../src/preview/saveFile", () => ({ saveXlsx: jest.fn() }));
// The exceljs chunk is a plain module here (jest cannot run import()).
jest.mock("../../src/preview/sample", () => {
  // jsdom has no TextDecoder; the package writer in that chunk makes one when loaded.
  const util = jest.requireActual("util");
  Object.assign(globalThis, { TextDecoder: util.TextDecoder, TextEncoder: util.TextEncoder });
  const actual = jest.requireActual("../../src/preview/sample");
  const sources = jest.requireActual("../../src/preview/workbookSources");
  return {
    ...actual,
    loadWorkbookSources: async () => sources,
    pendingSample: () => ({ ...actual.pendingSample(), build: async () => sources.sampleWorkbook() }),
  };
});

jest.setTimeout(30_000);
// The machine running the suite may be busy: give findBy/waitFor more than the default second.
configure({ asyncUtilTimeout: 5000 });
beforeEach(() => localStorage.clear());

const { saveXlsx } = jest.requireMock("../../src/preview/saveFile") as { saveXlsx: jest.Mock };

function checkbox() {
  // hidden: a closing Fluent dialog keeps the rest of the page aria-hidden for a moment after it is gone.
  return within(screen.getByTestId("item-5")).getByRole("checkbox", { name: /发展党员工作不规范/, hidden: true }) as HTMLInputElement;
}

/** A click whose handler goes on after a promise (the dialog's script is loaded first), settled inside act. */
async function clickAndSettle(element: HTMLElement) {
  await act(async () => {
    fireEvent.click(element);
  });
}

async function openPage() {
  const view = render(<PreviewApp language="zh" theme="light" />);
  await screen.findByTestId("item-5");
  return view;
}

describe("the preview page with unwritten ticks", () => {
  it("keeps them over a reload, and asks before the sample button drops them", async () => {
    const first = await openPage();
    fireEvent.click(checkbox());
    await waitFor(() => expect(screen.getByTestId("total").textContent).toBe("95 / 100"));
    first.unmount(); // the reload

    await openPage();
    expect(checkbox().checked).toBe(true);
    expect(screen.getByTestId("total").textContent).toBe("95 / 100");

    await clickAndSettle(screen.getByRole("button", { name: "2014 苏木镇示例" }));
    await screen.findByRole("alertdialog");
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(checkbox().checked).toBe(true);

    await clickAndSettle(screen.getByRole("button", { name: "2014 苏木镇示例" }));
    await act(async () => {
      fireEvent.click(await screen.findByRole("button", { name: "放弃勾选并继续" }));
    });
    await waitFor(() => expect(checkbox().checked).toBe(false));
    expect(screen.getByTestId("total").textContent).toBe("100 / 100");
    expect(Object.keys(localStorage)).toEqual([]);
  });

  it("asks before 下载 leaves them out, and downloads only when told to", async () => {
    await openPage();
    fireEvent.click(checkbox());
    await clickAndSettle(screen.getByRole("button", { name: "下载" }));
    await screen.findByText(/下载的文件不包含它们/);
    fireEvent.click(screen.getByRole("button", { name: "取消" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(saveXlsx).not.toHaveBeenCalled();

    await clickAndSettle(screen.getByRole("button", { name: "下载" }));
    await act(async () => {
      // Fluent may still mark the page hidden while the first dialog closes: find the button all the same.
      fireEvent.click(await screen.findByRole("button", { name: "仍然下载", hidden: true }, { timeout: 5000 }));
    });
    await waitFor(() => expect(saveXlsx).toHaveBeenCalledTimes(1));
    expect(checkbox().checked).toBe(true); // the ticks stay, still unwritten

    // Once filled in, 下载 asks nothing.
    fireEvent.click(screen.getByRole("button", { name: "填写得分" }));
    await screen.findByText(/已填写 11 个单元格/);
    await clickAndSettle(screen.getByRole("button", { name: "下载" }));
    await waitFor(() => expect(saveXlsx).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole("alertdialog")).toBeNull();
  });
});
