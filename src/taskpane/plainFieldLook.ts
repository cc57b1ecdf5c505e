import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * Fluent's small-field look for the browser's own text box and select (PlainInput, PlainSelect, NumberStepper):
 * the same box, border, hover and focus ring as Fluent's Input and Select, without their code.
 */
export const PLAIN_FIELD: GriffelStyle = {
  boxSizing: "border-box",
  maxWidth: "100%",
  height: "24px",
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase200,
  lineHeight: tokens.lineHeightBase200,
  color: tokens.colorNeutralForeground1,
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
  ":hover": {
    borderTopColor: tokens.colorNeutralStroke1Hover,
    borderRightColor: tokens.colorNeutralStroke1Hover,
    borderLeftColor: tokens.colorNeutralStroke1Hover,
  },
  ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
};

/** The disabled look of a plain field. */
export const PLAIN_FIELD_DISABLED: GriffelStyle = {
  color: tokens.colorNeutralForegroundDisabled,
  borderTopColor: tokens.colorNeutralStrokeDisabled,
  borderRightColor: tokens.colorNeutralStrokeDisabled,
  borderBottomColor: tokens.colorNeutralStrokeDisabled,
  borderLeftColor: tokens.colorNeutralStrokeDisabled,
};
