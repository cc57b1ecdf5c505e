// The command applies a bundled rubric only to its own sheet, and says so when it does.
import { Workbook } from "exceljs";
import * as fx from "../fixtures/workbooks";
import { kaoheJson } from "./run";

interface InspectJson {
  rubric: string | null;
  problems: { severity: string; code: string; message: string }[];
}

let dir: string;
beforeAll(() => {
  dir = fx.makeTempDir();
});

it("a sheet sharing some item names with the 2014 rubric is not given its rules", async () => {
  const wb = new Workbook();
  const ws = wb.addWorksheet("党建");
  ws.addRow(["目标项目", "评分标准", "分值", "得分"]);
  for (const name of ["党员队伍建设", "党员干部教育管理", "服务型党组织建设", "党代表发挥作用情况", "组织生活会"]) {
    ws.addRow([name, "未落实的扣2分", 20, null]);
  }
  const path = await fx.writeWorkbook(wb, dir, "other.xlsx");
  const { json } = await kaoheJson<InspectJson>("inspect", path);
  expect(json.rubric).toBeNull();
  expect(json.problems.map((p) => p.code)).not.toContain("rubric-applied");
});

it("the 2014 sheet without its title is matched by its items, and the problems say so", async () => {
  const path = await fx.writeWorkbook(fx.clean2014(), dir, "clean.xlsx");
  const { json } = await kaoheJson<InspectJson>("inspect", path);
  expect(json.rubric).toBe("2014-sumu-town");
  const applied = json.problems.filter((p) => p.code === "rubric-applied");
  expect(applied.map((p) => [p.severity, p.message])).toEqual([
    ["info", "按细则“2014年度苏木镇基层党建工作考核评分细则”（2014-sumu-town）补充封顶、除外等规则：各项目名称与细则一致"],
  ]);
});
