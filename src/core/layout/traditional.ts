// Sheets from Hong Kong, Taiwan and some older offices write their headers in traditional characters
// (考評內容, 具體操作, 實得分數). Header matching folds them to the simplified forms the synonym lists use.
const PAIRS =
  "評评內内體体標标準准項项計计數数實实細细則则說说備备註注號号檢检辦办應应總总減减點点類类別别級级據据規规範范" +
  "業业務务單单價价權权滿满結结績绩際际査查確确審审査查複复覈核簽签負负責责務务額额達达標标";

const FOLD = new Map<string, string>();
for (let i = 0; i + 1 < PAIRS.length; i += 2) FOLD.set(PAIRS[i], PAIRS[i + 1]);
const TRADITIONAL = new RegExp(`[${[...FOLD.keys()].join("")}]`, "g");

/** The text with the traditional characters header words use folded to simplified ones. */
export function foldTraditional(text: string): string {
  return text.replace(TRADITIONAL, (ch) => FOLD.get(ch) ?? ch);
}
