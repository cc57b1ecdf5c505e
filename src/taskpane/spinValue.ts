import type { SpinButtonOnChangeData } from "@fluentui/react-components";

/** The number a SpinButton change carries: its value when stepped, the typed text when typed; null when blank. */
export function spinValue(data: SpinButtonOnChangeData): number | null {
  if (data.value !== undefined) return data.value;
  const text = (data.displayValue ?? "").trim().replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (text === "") return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
