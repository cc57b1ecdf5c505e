/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { HostError, type ScoringHost } from "../../src/host/scoringHost";
import { App } from "../../src/taskpane/App";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";
import { PaneProviders } from "../../src/taskpane/PaneProviders";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

let broken = true;
function Fragile() {
  const [, rerender] = useState(0);
  if (broken) throw new Error("render failed");
  return <button onClick={() => rerender((n) => n + 1)}>ok</button>;
}

function unusedHost(scan: ScoringHost["scan"]): ScoringHost {
  const fail = () => Promise.reject(new Error("not used"));
  return { kind: "preview", scan, write: fail, undo: fail, select: fail };
}

describe("never a blank pane", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("shows a message when rendering throws, and retries", () => {
    broken = true;
    render(
      <PaneProviders language="zh" theme="light">
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>
      </PaneProviders>,
    );
    expect(screen.getByRole("alert").textContent).toContain("任务窗格出现错误");
    expect(screen.getByRole("alert").textContent).not.toContain("render failed");
    broken = false;
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(screen.getByRole("button", { name: "ok" })).toBeTruthy();
  });

  it("says so in English in an English pane", () => {
    broken = true;
    render(
      <PaneProviders language="en" theme="dark">
        <ErrorBoundary>
          <Fragile />
        </ErrorBoundary>
      </PaneProviders>,
    );
    expect(screen.getByRole("alert").textContent).toContain("The task pane hit an error");
  });

  it("shows the host's message when the workbook has no scoring table", async () => {
    const host = unusedHost(() => Promise.reject(new HostError("no-table", "工作簿中没有找到评分表。")));
    render(<App host={host} language="zh" theme="light" />);
    expect((await screen.findByRole("alert")).textContent).toContain("工作簿中没有找到评分表。");
    expect(screen.getAllByRole("button", { name: "重新读取" }).length).toBeGreaterThan(0);
    expect(screen.queryAllByRole("article")).toHaveLength(0);
  });

  it("shows a generic message, not the stack, for an unexpected failure", async () => {
    const host = unusedHost(() => Promise.reject(new TypeError("x is undefined")));
    render(<App host={host} language="zh" theme="light" />);
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("出现意外错误");
    expect(alert.textContent).not.toContain("x is undefined");
  });
});
