import type { SpinButtonOnChangeData } from "@fluentui/react-components";

/** The number typed in a stepper (full-width digits allowed); null when blank or not a number. */
export function typedNumber(text: string): number | null {
  const plain = text.trim().replace(/[０-９．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
  if (plain === "") return null;
  const n = Number(plain);
  return Number.isFinite(n) ? n : null;
}

/** The number a SpinButton change carries: its value when stepped, the typed text when typed; null when blank. */
export function spinValue(data: SpinButtonOnChangeData): number | null {
  if (data.value !== undefined) return data.value;
  return typedNumber(data.displayValue ?? "");
}
