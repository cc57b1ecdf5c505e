import { recognizeAward } from "./award";
import { recognizeBonus } from "./bonus";
import { recognizeDeduct } from "./deduct";
import { recognizeManual } from "./manual";
import { recognizePer } from "./per";
import { recognizeRange } from "./range";
import type { Recognizer } from "./recognized";
import { recognizeTiers } from "./tiers";
import { recognizeVeto } from "./veto";
import { recognizeZero } from "./zero";

export type { Recognized, Recognizer } from "./recognized";

/** Tried in this order; the first that reads the rule wins (tiers before zero: 三次以上不得分 is one tier). */
export const RECOGNIZERS: readonly Recognizer[] = [
  recognizeVeto,
  recognizeTiers,
  recognizeZero,
  recognizeRange,
  recognizePer,
  recognizeBonus,
  recognizeDeduct,
  recognizeManual,
  recognizeAward,
];
