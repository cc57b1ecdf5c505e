/** @jest-environment jsdom */
// The pane's own stepper (in place of Fluent's SpinButton): keys, bounds, typed text, and what it announces.
import { fireEvent, render, screen } from "@testing-library/react";
import { Field } from "@fluentui/react-components";
import { useState } from "react";
import { NumberStepper } from "../../src/taskpane/NumberStepper";

function Harness({ start, max, step, seen }: { start: number | null; max: number | null; step: number; seen: (number | null)[] }) {
  const [value, setValue] = useState<number | null>(start);
  return (
    <Field label="每迟报一次扣1分">
      {(field) => (
        <NumberStepper
          field={field}
          value={value}
          min={0}
          max={max}
          step={step}
          upLabel="增加次数"
          downLabel="减少次数"
          onChange={(n) => {
            seen.push(n);
            setValue(n === null ? null : Math.min(n, max ?? n));
          }}
        />
      )}
    </Field>
  );
}

function stepper(start: number | null, max: number | null, step = 1) {
  const seen: (number | null)[] = [];
  render(<Harness start={start} max={max} step={step} seen={seen} />);
  return { input: screen.getByRole("spinbutton", { name: "每迟报一次扣1分" }) as HTMLInputElement, seen };
}

describe("NumberStepper", () => {
  it("announces its value and bounds", () => {
    const { input } = stepper(2, 5);
    expect(input.value).toBe("2");
    expect(input.getAttribute("aria-valuenow")).toBe("2");
    expect(input.getAttribute("aria-valuemin")).toBe("0");
    expect(input.getAttribute("aria-valuemax")).toBe("5");
    expect(input.getAttribute("inputmode")).toBe("decimal");
  });

  it("steps with the arrows and pages, and jumps to the bounds with Home and End", () => {
    const { input, seen } = stepper(2, 5);
    fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(input.value).toBe("3");
    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    expect(input.value).toBe("1");
    fireEvent.keyDown(input, { key: "PageUp" });
    expect(input.value).toBe("2");
    fireEvent.keyDown(input, { key: "End" });
    expect(input.value).toBe("5");
    fireEvent.keyDown(input, { key: "ArrowUp" }); // at the top: nothing changes
    fireEvent.keyDown(input, { key: "Home" });
    expect(input.value).toBe("0");
    fireEvent.keyDown(input, { key: "PageDown" }); // at the bottom: nothing changes
    expect(seen).toEqual([3, 2, 1, 2, 5, 0]);
  });

  it("steps half points from the typed text, and disables a button at its bound", () => {
    const { input, seen } = stepper(0, 1.5, 0.5);
    expect((screen.getByRole("button", { name: "减少次数" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(input, { target: { value: "1" } });
    fireEvent.keyDown(input, { key: "ArrowUp" });
    expect(input.value).toBe("1.5");
    expect((screen.getByRole("button", { name: "增加次数" }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.mouseDown(screen.getByRole("button", { name: "减少次数" }));
    expect(input.value).toBe("1");
    expect(seen).toEqual([1.5, 1]);
  });

  it("takes typed text on Enter or blur (full-width digits too), drops it on Escape", () => {
    const { input, seen } = stepper(1, 9);
    fireEvent.change(input, { target: { value: "４" } });
    expect(seen).toEqual([]);
    fireEvent.keyDown(input, { key: "Enter" });
    expect(input.value).toBe("4");
    fireEvent.change(input, { target: { value: "7" } });
    fireEvent.keyDown(input, { key: "Escape" });
    expect(input.value).toBe("4");
    fireEvent.change(input, { target: { value: "abc" } });
    fireEvent.blur(input);
    expect(seen).toEqual([4, null]);
    expect(input.value).toBe("");
  });

  it("a click with no pointer (keyboard or screen reader) steps once", () => {
    const { input } = stepper(1, 9);
    fireEvent.click(screen.getByRole("button", { name: "增加次数" }), { detail: 0 });
    expect(input.value).toBe("2");
    fireEvent.click(screen.getByRole("button", { name: "增加次数" }), { detail: 1 }); // a mouse click: its mousedown stepped
    expect(input.value).toBe("2");
  });
});
