import type { Recognizer } from "./recognized";

// The whole sheet scores 0: 一票否决, 本表100分扣完, 总得分为零.
const VETO = /一票否决|本表\d*分?(?:全部)?扣完|总得?分(?:记|计)?为(?:零|0)(?!\.)|考核总分(?:记|计)?为(?:零|0)(?!\.)/;

const HINT = /否决|扣完|为零|为0/;

export const recognizeVeto: Recognizer = (rule) => (HINT.test(rule) && VETO.test(rule) ? { kind: "veto", amount: null } : null);
