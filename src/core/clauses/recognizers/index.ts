import { recognizeAward } from "./award";
import { recognizeBonus } from "./bonus";
import { recognizeDeduct } from "./deduct";
import { recognizeBracketLevels, recognizeLevels } from "./levels";
import { recognizeManual } from "./manual";
import { recognizePer } from "./per";
import { recognizePlusMinus } from "./plusMinus";
import { recognizeRange } from "./range";
import type { Recognizer } from "./recognized";
import { recognizeTiers } from "./tiers";
import { recognizeUnitAmount } from "./unitAmount";
import { recognizeVeto } from "./veto";
import { recognizeZero } from "./zero";

export { recognizeBareAmount } from "./bareAmount";
export type { Recognized, Recognizer } from "./recognized";

/** Tried in this order; the first that reads the rule wins (tiers before zero: 三次以上不得分 is one tier). */
export const RECOGNIZERS: readonly Recognizer[] = [
  recognizePlusMinus,
  recognizeVeto,
  recognizeTiers,
  recognizeBracketLevels,
  recognizeZero,
  recognizeRange,
  recognizePer,
  recognizeBonus,
  recognizeDeduct,
  recognizeManual,
  recognizeAward,
  recognizeUnitAmount,
];

/** Recognisers that read a whole rule across its commas (one clause): tried before the rule is split at commas. */
export const WHOLE_RULE: readonly Recognizer[] = [recognizeLevels, recognizeTiers];
