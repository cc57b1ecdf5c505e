// The assessor's entries clause by clause live in the core (core/entry/clauseInputs.ts), beside the limits scoring
// applies; the pane's components keep importing them from here.
export {
  EMPTY_INPUT,
  ROW_INPUT,
  amountLimit,
  checkedItems,
  clampInput,
  clampRowInput,
  clauseKey,
  countLimit,
  findingsOf,
  hasReason,
  inputOf,
  inputsFromFindings,
  isApplied,
  isReviewed,
  keepMatchingInputs,
  levelOf,
  overrideOf,
  rowInputOf,
  takesAmount,
  takesOverride,
  typedScoreLimit,
} from "../core";
export type { ClauseInput, ClauseInputs } from "../core";
