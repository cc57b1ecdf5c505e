/** @jest-environment jsdom */
// The tag, the spinner and the text boxes are plain elements in Fluent's look (Fluent's Badge, Spinner and Input
// would add ~7 KB gzipped to the pane's first script): what they say, their names and their refs must hold.
import { createRef } from "react";
import { fireEvent, render, screen } from "@testing-library/react";
import { Field } from "@fluentui/react-components";
import { PlainInput } from "../../src/taskpane/PlainInput";
import { PlainSpinner } from "../../src/taskpane/PlainSpinner";
import { Tag } from "../../src/taskpane/Tag";
import { renderPane, sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));

beforeEach(() => localStorage.clear());

describe("Tag", () => {
  it("is a span with its text and test id, coloured by its colour", () => {
    render(
      <>
        <Tag color="danger" data-testid="a">
          零分
        </Tag>
        <Tag color="warning" data-testid="b">
          封顶
        </Tag>
      </>,
    );
    const [a, b] = [screen.getByTestId("a"), screen.getByTestId("b")];
    expect(a.tagName).toBe("SPAN");
    expect(a.textContent).toBe("零分");
    expect(getComputedStyle(a).backgroundColor).not.toBe(getComputedStyle(b).backgroundColor);
  });
});

describe("PlainSpinner", () => {
  it("is a progress bar named by its label, which is shown beside the ring", () => {
    render(<PlainSpinner size="tiny" label="正在填写…" />);
    const bar = screen.getByRole("progressbar", { name: "正在填写…" });
    expect(bar.textContent).toBe("正在填写…");
  });
});

describe("PlainInput", () => {
  it("forwards its ref, takes Field's label and reports the typed text", () => {
    const ref = createRef<HTMLInputElement>();
    const typed: string[] = [];
    render(<Field label="被考核单位">{(field) => <PlainInput ref={ref} field={field} value="" onChange={(v) => typed.push(v)} />}</Field>);
    const box = screen.getByRole("textbox", { name: "被考核单位" });
    expect(ref.current).toBe(box);
    fireEvent.change(box, { target: { value: "嵯岗镇" } });
    expect(typed).toEqual(["嵯岗镇"]);
  });

  it("as a search box keeps role searchbox, its name and test id", () => {
    render(<PlainInput type="search" aria-label="查找项目" data-testid="item-search" value="" onChange={() => undefined} />);
    expect(screen.getByRole("searchbox", { name: "查找项目" })).toBe(screen.getByTestId("item-search"));
  });
});

describe("the 识别结果 text boxes", () => {
  it("are named by their labels and hold what is typed", async () => {
    await renderPane(sampleWorkbook());
    const unit = screen.getByRole("textbox", { name: "被考核单位" }) as HTMLInputElement;
    fireEvent.change(unit, { target: { value: "石马龙镇" } });
    expect(unit.value).toBe("石马龙镇");
    expect(screen.getByRole("textbox", { name: "评分人" })).toBeTruthy();
  });
});
