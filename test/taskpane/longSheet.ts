// A long plain sheet for the windowing tests, and a stand-in for the layout jsdom does not do.
import { Workbook } from "exceljs";

/** A plain sheet of `count` one-point items (第1项工作 on row 3 …), each with one fixed deduction. */
export function longWorkbook(count: number): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet("大表");
  ws.addRow(["大表考核评分细则"]);
  ws.addRow(["目标项目", "目标要求", "评分标准", "考核方式", "分值", "得分"]);
  for (let i = 1; i <= count; i++) ws.addRow([`第${i}项工作`, `完成第${i}项工作。`, "未落实的扣1分。", "查看资料", 1, null]);
  ws.addRow(["合计", null, null, null, count, null]);
  return wb;
}

/** Height every element reports while `laidOut` is on: a card and its gap. */
export const ROW_HEIGHT = 150;

/**
 * Makes jsdom report a laid-out page: every element 320 px wide and ROW_HEIGHT tall, the list at the top of the
 * document, and window scrolling that only moves scrollY. Returns the function that puts jsdom back.
 */
export function fakeLayout(): () => void {
  const proto = HTMLElement.prototype;
  const width = Object.getOwnPropertyDescriptor(proto, "offsetWidth");
  const height = Object.getOwnPropertyDescriptor(proto, "offsetHeight");
  const rect = Element.prototype.getBoundingClientRect;
  const scrollTo = window.scrollTo;
  const scrollIntoView = Element.prototype.scrollIntoView;
  Object.defineProperty(proto, "offsetWidth", { configurable: true, get: () => 320 });
  Object.defineProperty(proto, "offsetHeight", { configurable: true, get: () => ROW_HEIGHT });
  Element.prototype.getBoundingClientRect = () => ({ top: -window.scrollY, left: 0, width: 320, height: ROW_HEIGHT }) as DOMRect;
  window.scrollTo = ((x: ScrollToOptions | number, y?: number) =>
    scrollWindow(typeof x === "number" ? (y ?? 0) : (x.top ?? 0))) as typeof window.scrollTo;
  Element.prototype.scrollIntoView = jest.fn();
  // Tall enough to scroll anywhere in the list (scrolling is clamped to the document's height).
  Object.defineProperty(document.documentElement, "scrollHeight", { configurable: true, get: () => 1_000_000 });
  return () => {
    delete (document.documentElement as { scrollHeight?: number }).scrollHeight;
    if (width) Object.defineProperty(proto, "offsetWidth", width);
    if (height) Object.defineProperty(proto, "offsetHeight", height);
    Element.prototype.getBoundingClientRect = rect;
    window.scrollTo = scrollTo;
    Element.prototype.scrollIntoView = scrollIntoView;
    scrollWindow(0);
  };
}

/** Scrolls the (fake) document to `top` and tells whoever listens. */
export function scrollWindow(top: number): void {
  Object.defineProperty(window, "scrollY", { configurable: true, value: top });
  window.dispatchEvent(new Event("scroll"));
}
