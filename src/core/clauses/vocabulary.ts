// The words every recogniser reads, listed once: what is counted, what deducts, what awards, how amounts,
// scopes and caps are written. Patterns are strings so recognisers can compose them into their own expressions.

/** Words that count occurrences or things: 每少一本, 一种, 两项, 每低3个百分点, 扣2分/次. Longest first where one is the start of another. */
export const COUNT_UNITS = [
  "个百分点",
  "百分点",
  "课时",
  "学时",
  "人次",
  "个",
  "次",
  "项",
  "例",
  "处",
  "人",
  "名",
  "条",
  "天",
  "%",
  "篇",
  "份",
  "户",
  "起",
  "件",
  "家",
  "所",
  "本",
  "种",
  "村",
  "台",
  "张",
  "册",
  "批",
  "间",
  "期",
  "节",
  "位",
  "套",
  "块",
  "辆",
  "卷",
  "组",
] as const;

const MULTI = COUNT_UNITS.filter((u) => u.length > 1);
const SINGLE = COUNT_UNITS.filter((u) => u.length === 1);

/** COUNT_UNITS for a regular expression (no group): the longer words first, then one class of the single characters, which V8 matches far faster than forty alternatives. */
export const UNIT = `${MULTI.join("|")}|[${SINGLE.join("")}]`;

/** What a counting word can start with, for a lookahead (个, 次 … and 百 of 百分点, 课 of 课时). */
export const UNIT_START = `[${[...new Set(COUNT_UNITS.map((u) => u[0]))].join("")}]`;

/** A number as written after normalisation: 2, 0.5, 15 (one capture group). */
export const NUM = "(\\d+(?:\\.\\d+)?)";

/** A deduction verb: 扣, 扣除, 扣减; not 折扣 (discount). Starts with 扣 so a search can skip to it. */
export const DEDUCT = "(?<!折)扣(?:除|减)?";

/** 减2分 as a deduction; not 减少, 增减, 削减 (only tried where a rule has no 扣). */
export const REDUCE = "(?<![增削缩])减(?=\\d)";

/** A verb that awards points outright: 得2分, 计7分, 给1分. */
export const AWARD_VERB = "(?:得|计|给)";

/** A verb that adds points beyond the row's: 加1分, 追加0.5分, 奖1分, 奖励2分; not 参加/增加/添加/附加. */
export const BONUS_VERB = "(?<![参增添附])(?:加|奖励?)";

/** After an amount: 分, but not 分比/分之/分率/分钟 (折扣半分比, 百分之, 10分钟). */
export const POINTS_UNIT = "分(?![比之率钟])";

/** Verbs between 每 and its unit: 每少1人, 每差一例, 每发现1处, 每低3个百分点, 每超额完成一例. */
export const EACH_VERB = "(?:少完成|超额完成|少|差|缺|超额|超|多|发现|发觉|出现|发生|有|漏|低|高|增加|减少|下降|提高)?";

/** Verbs that report an occurrence before its count: 发现1处, 出现一次, 发生1起恶性案件. */
export const FOUND_VERB = "发现|发觉|出现|发生";

/** Chinese numerals as they count (一 … 九十九, 两, 半), one capture group not included. */
export const ZH_NUMERAL = "[零〇一二两三四五六七八九十百]+|半";

/** Wording that says a row starts at 0 and earns its awards (从0分起评, 得分累加); without it rows start at their points. */
export const FROM_ZERO = /从0分?起|从零分?起|基础分为?0|0分起评|零分起评|得分累加|累加计分|累计得分/;

/** Phrases that limit a clause or a row. */
export const CAP_PHRASES = {
  /** 最多扣5分, 本项最多扣5分, 累计扣分不超过…, 扣满5分为止, 封顶2分, 累计扣分上限为5分, 加分累计不超2分 (amount in one of the groups). */
  points: new RegExp(
    `(?:本项|此项|该项|累计|合计)?(?:最多|最高|至多)(?:扣|加|奖)${NUM}分|(?:加分|扣分)?(?:累计|合计)?(?:扣|加)?分?(?:不超过|不超|不高于|不得超过)${NUM}分|(?:扣|加)满${NUM}分为止|封顶${NUM}分?|(?:累计|合计)?扣分上限(?:为|是)?${NUM}分|(?:本项|此项|该项)?最多(?:扣|计|加)${NUM}分`,
  ),
  /** 最多计3人, 最多扣3次, 最多算5项 (count in group 1, unit in group 2). */
  count: new RegExp(`(?:最多|至多)(?:计|扣|算)?(\\d+)(${UNIT})`),
  /** 扣完为止, 直至扣完分值为止, 扣至0分为止. */
  untilExhausted: /(?:直至|直到)?(?:扣完|扣满|扣至0分|扣到0分)(?:本项|该项)?(?:分值|分数)?(?:为止|即止)|扣完为止/,
  /** Words of a cap that speaks for the whole row, not one clause. */
  rowScope: /本项|此项|该项|累计|合计/,
  /** Every modifier phrase holds one of these; most rules hold none and skip the longer patterns. */
  hint: /最多|最高|至多|不超|不高于|不得超过|满|封顶|上限|扣完|扣至|扣到|除外/,
  /** What each pattern needs before it is worth running (扣完为止 is common; the cap pattern is long). */
  pointsHint: /最多|最高|至多|不超|不高于|不得超过|满\d|封顶|上限/,
  countHint: /最多|至多/,
  untilHint: /扣完|扣满|扣至|扣到/,
};
