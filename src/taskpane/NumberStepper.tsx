import { useState, type KeyboardEvent } from "react";
import { Button, makeStyles, tokens, type FieldControlProps } from "@fluentui/react-components";
import { PLAIN_FIELD } from "./plainFieldLook";
import { typedNumber } from "./spinValue";

// A text box with − and + beside it, in Fluent's small-field look. Fluent's SpinButton did the same under ~4 KB
// (gzipped) of styles, icons and spin timers in the pane's initial script. Keys as SpinButton: ↑/↓ one step,
// PageUp/PageDown one unit, Home/End the bounds, Enter or leaving the box takes the typed text, Esc drops it.
const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "center", gap: tokens.spacingHorizontalXXS, maxWidth: "100%" },
  input: {
    ...PLAIN_FIELD,
    width: "72px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  step: { minWidth: "24px", maxWidth: "24px", height: "24px", padding: 0 },
});

export interface NumberStepperProps {
  /** What Field gives its control: id and the aria attributes that name it. */
  field: FieldControlProps;
  value: number | null;
  min: number;
  max: number | null;
  step: number;
  /** The buttons' names in the pane's language. */
  upLabel: string;
  downLabel: string;
  /** A step (clamped to min/max) or the typed number (as typed; null when blank or not a number). */
  onChange(value: number | null): void;
}

const PAGE_STEP = 1;

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** A number entry in a Fluent Field: `<Field>{(field) => <NumberStepper field={field} …/>}</Field>`. */
export function NumberStepper({ field, value, min, max, step, upLabel, downLabel, onChange }: NumberStepperProps) {
  const styles = useStyles();
  // The text being typed, until Enter or blur takes it.
  const [text, setText] = useState<string | null>(null);
  const clamp = (n: number) => Math.max(min, max === null ? n : Math.min(max, n));
  const start = () => (text === null ? value : typedNumber(text)) ?? min;
  const stepBy = (delta: number) => {
    setText(null);
    const next = clamp(round(start() + delta));
    if (next !== value) onChange(next);
  };
  const setTo = (n: number) => {
    setText(null);
    if (n !== value) onChange(n);
  };
  const commit = () => {
    if (text === null) return;
    setText(null);
    onChange(typedNumber(text));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const keys: Record<string, () => void> = {
      ArrowUp: () => stepBy(step),
      ArrowDown: () => stepBy(-step),
      PageUp: () => stepBy(PAGE_STEP),
      PageDown: () => stepBy(-PAGE_STEP),
      Home: () => setTo(min),
      End: () => (max === null ? undefined : setTo(max)),
      Enter: commit,
      Escape: () => setText(null),
    };
    const act = e.shiftKey && (e.key === "Home" || e.key === "End") ? undefined : keys[e.key];
    if (!act) return;
    e.preventDefault();
    act();
  };
  const current = value ?? min;
  // Pressing a button steps at once (as SpinButton did) and leaves the focus in the box; a click with no pointer
  // (a screen reader's or keyboard activation) steps too.
  const stepButton = (label: string, delta: number, disabled: boolean, glyph: string) => (
    <Button
      className={styles.step}
      size="small"
      appearance="subtle"
      tabIndex={-1}
      aria-label={label}
      disabled={disabled}
      onMouseDown={(e) => {
        e.preventDefault();
        stepBy(delta);
      }}
      onClick={(e) => {
        if (e.detail === 0) stepBy(delta);
      }}
    >
      {glyph}
    </Button>
  );
  return (
    <span className={styles.root}>
      <input
        {...field}
        className={styles.input}
        role="spinbutton"
        inputMode="decimal"
        autoComplete="off"
        aria-valuemin={min}
        aria-valuemax={max ?? undefined}
        aria-valuenow={value ?? undefined}
        value={text ?? (value === null ? "" : String(value))}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {stepButton(downLabel, -step, current <= min, "−")}
      {stepButton(upLabel, step, max !== null && current >= max, "+")}
    </span>
  );
}
