import { span, type Recognizer } from "./recognized";

// The whole sheet scores 0: 一票否决, 本表100分扣完, 总得分为零, 取消评选资格.
const VETO =
  /一票否决|取消(?:评选|评优|评先|考核)资格|本表\d*分?(?:全部)?扣完|总得?分(?:记|计)?为(?:零|0)(?!\.)|考核总分(?:记|计)?为(?:零|0)(?!\.)/;

const HINT = /否决|扣完|为零|为0|资格/;

export const recognizeVeto: Recognizer = (rule) => {
  const m = HINT.test(rule) ? VETO.exec(rule) : null;
  return m ? { kind: "veto", amount: null, ...span(m) } : null;
};
