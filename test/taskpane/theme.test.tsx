/** @jest-environment jsdom */
// The pane follows Office's theme: Fluent's dark theme when Office is dark, at start and when Office's theme changes.
import { act, screen } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { renderPane, sampleWorkbook } from "./paneHarness";

jest.mock("../../src/taskpane/loadConflictDialog", () => require("./mockConflictDialog"));
jest.mock("../../src/taskpane/loadRubricFiles", () => require("./mockRubricFiles"));
jest.mock("../../src/taskpane/loadFillPlan", () => require("./mockFillPlan"));
// The Excel entry point over the in-memory host: Excel itself cannot run here.
jest.mock("../../src/excel", () => {
  const actual = jest.requireActual("../../src/excel");
  const { PreviewHost } = jest.requireActual("../../src/preview/PreviewHost");
  const { templateWorkbook } = jest.requireActual("../../src/xlsx");
  const { validateRubric } = jest.requireActual("../../src/core");
  const rubric = validateRubric(jest.requireActual("../../rubrics/2014-sumu-town.json"));
  return {
    ...actual,
    ExcelHost: function ExcelHost(options: { lang: "zh" | "en" }) {
      return new PreviewHost(templateWorkbook(rubric, "嵯岗镇"), options.lang);
    },
  };
});

/** The value of a theme token on the pane's FluentProvider (from the style rule Fluent writes for it). */
function providerToken(name: string): string | null {
  const provider = document.querySelector(".fui-FluentProvider");
  if (!provider) return null;
  for (const className of Array.from(provider.classList)) {
    const tag = document.getElementById(className) as HTMLStyleElement | null;
    const rule = tag?.sheet?.cssRules[0]?.cssText ?? "";
    const m = new RegExp(`--${name}:\\s*([^;]+);`).exec(rule);
    if (m) return m[1].trim();
  }
  return null;
}

describe("the pane's theme", () => {
  it("renders with Fluent's dark theme when the theme is dark", async () => {
    await renderPane(sampleWorkbook(), "zh", "dark");
    expect(providerToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
    expect(providerToken("colorNeutralForeground1")).toBe(webDarkTheme.colorNeutralForeground1);
    expect(screen.getAllByRole("article")).toHaveLength(11);
  });

  it("and with the light theme otherwise", async () => {
    await renderPane(sampleWorkbook(), "zh", "light");
    expect(providerToken("colorNeutralBackground1")).toBe(webLightTheme.colorNeutralBackground1);
  });
});

describe("the Excel entry point (index.tsx)", () => {
  type Handler = () => void;
  let handlers: Map<string, Handler>;
  let officeTheme: { bodyBackgroundColor: string };
  // index.tsx registers its start-up with Office.onReady once, when loaded; each test runs that start-up again.
  let startUp: (() => void) | null = null;

  function fakeOffice(withThemeEvent: boolean) {
    handlers = new Map();
    officeTheme = { bodyBackgroundColor: "#ffffff" };
    const document = {
      addHandlerAsync: jest.fn((type: string, handler: Handler) => handlers.set(type, handler)),
      removeHandlerAsync: jest.fn(),
    };
    (globalThis as { Office?: unknown }).Office = {
      onReady: (callback: () => void) => {
        startUp = callback;
        return Promise.resolve({});
      },
      EventType: withThemeEvent ? { OfficeThemeChanged: "officeThemeChanged" } : {},
      context: { displayLanguage: "en-US", officeTheme, document },
    };
    return document;
  }

  async function start() {
    window.document.body.innerHTML = '<div id="root"></div>';
    if (!startUp) require("../../src/taskpane/index");
    await act(async () => startUp!());
    await screen.findByTestId("item-5");
  }

  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("starts in Office's theme and follows OfficeThemeChanged while open", async () => {
    const document = fakeOffice(true);
    officeTheme.bodyBackgroundColor = "#1f1f1f";
    await start();
    expect(screen.getByRole("button", { name: "Fill in scores" })).toBeTruthy();
    expect(providerToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
    expect(document.addHandlerAsync).toHaveBeenCalledWith("officeThemeChanged", expect.any(Function), expect.any(Function));

    officeTheme.bodyBackgroundColor = "#ffffff";
    await act(async () => handlers.get("officeThemeChanged")!());
    expect(providerToken("colorNeutralBackground1")).toBe(webLightTheme.colorNeutralBackground1);
  });

  it("keeps the theme it started with where Office has no theme-change event", async () => {
    const document = fakeOffice(false);
    officeTheme.bodyBackgroundColor = "#1f1f1f";
    await start();
    expect(document.addHandlerAsync).not.toHaveBeenCalled();
    expect(providerToken("colorNeutralBackground1")).toBe(webDarkTheme.colorNeutralBackground1);
  });
});
