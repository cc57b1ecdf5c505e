import type { Severity } from "../core";

export const HELP = `kaohe — 考核评分助手（命令行）

读取 Excel 考核评分表（目标项目 · 评分标准 · 分值 · 得分 …），解析扣分规则，按发现的问题计算得分。

用法：
  kaohe inspect  <评分表.xlsx> [--sheet 工作表] [--rubric 细则.json] [--columns 角色=列,…] [--json]
  kaohe score    <评分表.xlsx> [--findings 扣分.json] [--sheet 工作表] [--unit 单位]
                 [--out 输出.xlsx] [--force] [--rubric 细则.json] [--columns 角色=列,…] [--json]
  kaohe check    <评分表.xlsx> [--sheet 工作表] [--rubric 细则.json] [--columns 角色=列,…] [--json]
  kaohe template <细则.json> [--unit 单位] [--out 评分表.xlsx] [--force]
  kaohe summary  <评分表或文件夹…> [--workbook 工作簿.xlsx] [--settings 设置.json] [--out 汇总.xlsx] [--force] [--json]
  kaohe feedback <评分表或文件夹…> [--workbook 工作簿.xlsx] [--settings 设置.json] [--out 反馈单.xlsx] [--force] [--json]
  kaohe combine  <各评分人的评分表…> [--settings 设置.json] [--out 合并.xlsx] [--force] [--json]
  kaohe --help   显示本帮助；kaohe <命令> --help 显示该命令的说明

命令：
  inspect   显示识别出的表头、各列、各项目及其扣分条款和发现的问题
  score     按扣分记录（findings.json）计算得分，写出新的评分表（原文件不变）
  check     检查已填好得分的评分表：分值合计、得分范围、空白、合计行等；有错误时退出码为 1
  template  由细则文件生成空白评分表
  summary   汇总多个单位的评分表：总分、排名、等次（含限额、一票否决）、失分分析
  feedback  为每个单位生成反馈单（扣分明细、自评虚高项、整改措施栏），每单位一页
  combine   合并多名评分人对同一单位的评分（平均或去掉最高最低分后平均，可按部分加权）

选项：
  --sheet S       指定工作表（默认：第一个含评分表的工作表）
  --rubric F      使用指定的细则文件（默认：自动从 rubrics/ 中选最匹配的）
  --findings F    扣分记录 JSON；省略时读取工作簿中「扣分明细」表里的记录
  --unit U        被考核单位（默认：扣分记录中的 unit，或表中“被考核单位：”一行，或工作表名）
  --out F         输出文件（score 默认 <原文件名>.scored.xlsx；含宏的 .xlsm 默认 <原文件名>.scored.xlsm）
  --columns R=C,… 指定各列的角色，如 item=B,criteria=C,points=D,score=F（score=- 表示去掉该角色）
  --force         允许改写已填写且会变化的得分，或覆盖已存在的输出文件（输出文件不能是任何输入文件）
  --json          以 JSON 输出

扣分记录 findings.json：
  {"unit": "嵯岗镇", "findings": [
    {"item": "党员队伍建设", "clause": "信息库", "note": "无专门电脑"},
    {"item": 6, "clause": 2, "count": 2},
    {"item": "党员干部教育管理", "clause": "少一次", "count": 2}
  ]}
  item：项目名称（或其中唯一的一段文字）或所在行号；clause：条款中唯一的一段文字或条款序号（从 1 起）；
  count：次数（按次扣分的条款）；amount：酌情/区间扣分时的分数；note：说明。

示例：
  kaohe template rubrics/2014-sumu-town.json --unit 嵯岗镇 --out 嵯岗镇.xlsx
  kaohe inspect 嵯岗镇.xlsx
  kaohe score 嵯岗镇.xlsx --findings 嵯岗镇.findings.json        # 写出 嵯岗镇.scored.xlsx
  kaohe check 嵯岗镇.scored.xlsx --json

退出码：0 成功；1 检查发现错误或会改写已填得分；2 用法或输入有误（未写任何文件）。
`;

export const COMMAND_HELP: Record<string, string> = {
  inspect: `kaohe inspect <评分表.xlsx> [--sheet 工作表] [--rubric 细则.json] [--unit 单位] [--columns 角色=列,…] [--json]
  显示识别出的表头行、各列、每个项目的分值和扣分条款（类型、分数、封顶、除外单位）以及发现的问题。
  示例：kaohe inspect 嵯岗镇.xlsx --json`,
  score: `kaohe score <评分表.xlsx> [--findings 扣分.json] [--sheet 工作表] [--unit 单位] [--out 输出.xlsx] [--force] [--rubric 细则.json] [--columns 角色=列,…] [--json]
  按扣分记录计算每项得分，写出新文件（默认 <原文件名>.scored.xlsx），原文件不变。
  已填写且会变化的得分不会被改写，输出文件已存在时也不会覆盖，除非加 --force；输出文件不能是任何输入文件。
  省略 --findings 时使用工作簿「扣分明细」表中的记录（按项目名称和条款文字对应，行有增删也不会错位）。
  --columns 指定各列角色，如 item=B,criteria=C,points=D,score=F（score=- 表示去掉该角色）。
  示例：kaohe score 嵯岗镇.xlsx --findings 嵯岗镇.findings.json --out 嵯岗镇.得分.xlsx`,
  check: `kaohe check <评分表.xlsx> [--sheet 工作表] [--rubric 细则.json] [--columns 角色=列,…] [--json]
  检查已填写的评分表：分值合计与总分、合计行与得分之和、得分是否为 0 到分值之间的数、空白得分、重复项目等，
  并打印总分与满分（inspect 列出的问题与此相同）。有错误时退出码为 1。
  示例：kaohe check 嵯岗镇.scored.xlsx`,
  template: `kaohe template <细则.json> [--unit 单位] [--out 评分表.xlsx] [--force]
  由细则文件生成空白评分表（标题、被考核单位行、表头、每项一行、合计行含 SUM 公式、签字行）。
  示例：kaohe template rubrics/2014-sumu-town.json --unit 嵯岗镇 --out 嵯岗镇.xlsx`,
  summary: `kaohe summary <评分表或文件夹…> [--workbook 工作簿.xlsx] [--settings 设置.json] [--out 汇总.xlsx] [--force] [--json]
  读取每个单位的评分表（一个文件一个单位，或 --workbook 中每个工作表一个单位；文件夹内的 .xlsx 全部读取），
  按「扣分明细」记录重新计分（没有记录时用已填写的得分），列出每个单位的各项得分、加分、总分（两位小数）、
  排名（总排名和类内排名）、等次和一票否决，并做失分分析。读不了的文件列出原因，其余照常汇总。
  设置文件（rubrics/assessment-settings.schema.json）规定等次分档、限额、一票否决等次、加分上限、排名方式、类别。
  给出 --out 时写出汇总表（「汇总」「失分分析」两个工作表）；设置有误时不写任何文件。
  退出码：0 全部读取；1 有文件未能读取（其余已汇总）；2 没有可汇总的单位或参数有误。
  示例：kaohe summary 评分表/ --settings 考核设置.json --out 汇总.xlsx`,
  feedback: `kaohe feedback <评分表或文件夹…> [--workbook 工作簿.xlsx] [--settings 设置.json] [--out 反馈单.xlsx] [--force] [--json]
  为每个单位生成一页反馈单：总分、排名、等次，逐条扣分（项目、评分标准原文、次数、扣分、说明），
  自评高于考核得分的项目，以及整改措施、整改时限栏。默认写出当前目录下的 反馈单.xlsx。
  示例：kaohe feedback 评分表/ --out 反馈单.xlsx`,
  combine: `kaohe combine <各评分人的评分表或文件夹…> [--settings 设置.json] [--out 合并.xlsx] [--force] [--json]
  同一单位有多名评分人各自评分时，按设置中的 combine.method 合并：mean 平均，trimmedMean 去掉一个最高分和一个最低分
  后平均（不足 3 人时取平均）；设置有 parts 时按部分加权（文件路径中含部分名称的文件属于该部分）。
  写出「汇总」和「评分人明细」两个工作表。
  示例：kaohe combine 张/ 李/ 王/ --settings 考核设置.json --out 合并.xlsx`,
};

export { KIND_NAMES as KIND_LABEL } from "../core";

export const SEVERITY_LABEL: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

/** Why a file could not be read or written, for the common error codes of the file system; others keep their code. */
const FILE_ERRORS: Record<string, { read: string; write: string }> = {
  ENOENT: { read: "文件不存在", write: "目录不存在" },
  ENOTDIR: { read: "路径中有一部分不是目录", write: "路径中有一部分不是目录" },
  EISDIR: { read: "这是一个目录，不是文件", write: "这是一个目录，不是文件" },
  EACCES: { read: "没有读取权限", write: "没有写入权限" },
  EPERM: { read: "没有读取权限", write: "没有写入权限（或文件被设为只读）" },
  EROFS: { read: "只读文件系统", write: "所在磁盘或目录是只读的" },
  ENOSPC: { read: "磁盘已满", write: "磁盘已满" },
  EDQUOT: { read: "超出磁盘配额", write: "超出磁盘配额" },
  EBUSY: { read: "文件被占用（可能正在 Excel 中打开），请关闭后再试", write: "文件被占用（可能正在 Excel 中打开），请关闭后再试" },
  ETXTBSY: { read: "文件被占用", write: "文件被占用" },
  EMFILE: { read: "同时打开的文件过多", write: "同时打开的文件过多" },
  ENFILE: { read: "同时打开的文件过多", write: "同时打开的文件过多" },
  ENAMETOOLONG: { read: "文件名或路径太长", write: "文件名或路径太长" },
  ELOOP: { read: "符号链接层数过多（可能形成了循环）", write: "符号链接层数过多（可能形成了循环）" },
  EIO: { read: "读写磁盘出错", write: "读写磁盘出错" },
  EFBIG: { read: "文件太大", write: "文件太大" },
  EINVAL: { read: "文件名无效", write: "文件名无效" },
};

/** "没有写入权限" for EACCES, or "未知错误（ECODE）" for a code not in the table. */
export function fileErrorText(code: string | undefined, op: "read" | "write"): string {
  if (code === undefined) return "未知错误";
  return FILE_ERRORS[code]?.[op] ?? `未知错误（${code}）`;
}

export const msg = {
  unknownCommand: (name: string) =>
    `未知的命令「${name}」。可用命令：inspect、score、check、template、summary、feedback、combine（kaohe --help 查看用法）`,
  missingFileArg: (command: string) => `缺少文件参数。用法见 kaohe ${command} --help`,
  extraArgs: (args: string[]) => `多余的参数：${args.join(" ")}`,
  unknownOption: (option: string) => `未知的选项 ${option}（kaohe --help 查看可用选项）`,
  optionNeedsValue: (option: string) => `选项 ${option} 需要一个值`,
  optionTakesNoValue: (option: string) => `选项 ${option} 不带值`,
  badArgs: (detail: string) => `参数有误：${detail}`,
  fileMissing: (path: string) => `找不到文件：${path}`,
  notAFile: (path: string) => `不是文件：${path}`,
  cannotRead: (path: string, reason: string) => `无法读取文件 ${path}：${reason}`,
  cannotWrite: (path: string, reason: string) => `无法写出 ${path}：${reason}`,
  oldXls: (path: string) => `${path} 是旧版 .xls 文件，请在 Excel 中另存为 .xlsx 后再试`,
  notXlsx: (path: string) => `${path} 不是 .xlsx 文件`,
  corruptXlsx: (path: string) => `${path} 已损坏，无法作为 .xlsx 打开`,
  encryptedXlsx: (path: string) => `${path} 受密码保护（已加密），无法读取。请在 Excel 中取消密码（文件 → 信息 → 保护工作簿）后另存再试`,
  odsFile: (path: string) => `${path} 是 OpenDocument 表格（.ods），不是 .xlsx。请在 WPS、LibreOffice 或 Excel 中另存为 .xlsx 后再试`,
  zipNotXlsx: (path: string) => `${path} 是压缩文件（zip），但不是 Excel 工作簿（.xlsx）`,
  notUtf8: (what: string, path: string) => `${what} ${path} 不是 UTF-8 编码（可能是 GBK），请用记事本或编辑器另存为 UTF-8 后再试`,
  noScoringSheet: (path: string) => `${path} 中没有找到考核评分表（需要含“评分标准”“分值”等列的表头）`,
  noSuchSheet: (sheet: string, sheets: string[]) => `没有名为「${sheet}」的工作表。现有工作表：${sheets.join("、")}`,
  sheetNotScoring: (sheet: string) => `工作表「${sheet}」中没有找到考核评分表`,
  /** `what` names the file's role ("扣分记录文件", "细则文件"); `where` is "（第 1 行第 2 列附近有错误）" or the like. */
  badJson: (what: string, path: string, where: string) => `${what} ${path} 不是有效的 JSON${where}`,
  jsonAt: (line: number, column: number) => `（第 ${line} 行第 ${column} 列附近有错误）`,
  jsonCutShort: "（内容不完整，可能缺少结尾的 } 或 ]）",
  jsonEmpty: "（文件是空的）",
  badFindings: (path: string, where: string, what: string) => `扣分记录 ${path} 有误：${where} ${what}`,
  noFindings: (path: string) => `没有给出 --findings，${path} 中也没有「扣分明细」记录可用`,
  noFindingsForSheet: (path: string, sheet: string) => `没有给出 --findings，${path} 的「扣分明细」中也没有工作表「${sheet}」的记录`,
  findingsUnresolved: "扣分记录无法对应到评分表，未写入任何文件：",
  badRubric: (path: string, reason: string) => `细则文件 ${path} 无效：${reason}`,
  rubricNotFound: (name: string) => `找不到细则文件：${name}`,
  sameInOut: (path: string) => `输出文件不能与输入文件相同：${path}`,
  sameFileViaLink: (out: string, input: string) =>
    `输出文件 ${out} 与输入文件 ${input} 是同一个文件（通过符号链接或硬链接），写出会覆盖原文件。未写入任何文件，请换一个输出文件名`,
  conflicts: (n: number) => `有 ${n} 个已填写的得分会被改写，未写入任何文件。确认要改写请加 --force：`,
  written: (path: string) => `已写出 ${path}`,
  macrosNeedXlsm: (input: string, out: string) =>
    `${input} 含有宏（.xlsm），写成 ${out} 后 Excel 将拒绝打开。未写入任何文件，请用 --out 指定 .xlsm 文件名`,
  outExists: (out: string) => `输出文件 ${out} 已存在，未写入任何文件。确认要覆盖请加 --force，或用 --out 换一个文件名`,
  /** `what` names the input's role ("评分表", "扣分记录文件", "细则文件"). */
  outIsInput: (out: string, what: string, input: string) =>
    `输出文件 ${out} 就是${what} ${input}，写出会覆盖它（加 --force 也不行）。未写入任何文件，请换一个输出文件名`,
  badColumns: (part: string, roles: string[]) => `--columns 中「${part}」有误：应为 角色=列字母，用逗号分隔，角色可用 ${roles.join("、")}`,
  badColumnLetter: (part: string, letters: string) =>
    `--columns 中「${part}」有误：「${letters}」不是列字母（A 到 XFD，或 - 表示去掉该列）`,
  checkTotal: (total: number | null, max: number) => `总分：${total ?? "（未填写）"}/${max}`,
  notWritten: "（未写入该单元格，原因见问题列表）",
  totalNotWritten: "（合计未写入：有得分未写入）",
  badSettings: (path: string) => `考核设置文件 ${path} 有误，未写入任何文件：`,
  noUnits: "没有可汇总的单位，未写入任何文件",
  noInputs: (command: string) => `缺少评分表文件或文件夹。用法见 kaohe ${command} --help`,
  unreadHeader: (n: number) => `有 ${n} 个文件或工作表未能读取（其余照常汇总）：`,
  warningsHeader: (n: number) => `${n} 条需要注意：`,
  duplicateUnit: (unit: string, sources: string[]) => `单位「${unit}」出现 ${sources.length} 次：${sources.join("、")}`,
  summaryHint: "加 --out 汇总.xlsx 写出汇总表",
  internal: (reason: string) => `内部错误：${reason}（请将此信息反馈给维护者）`,
};
