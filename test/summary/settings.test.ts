import Ajv from "ajv";
import { readFileSync } from "fs";
import { join } from "path";
import { SettingsError, validateSettings } from "../../src/core/settings";

function issues(json: unknown): string[] {
  try {
    validateSettings(json);
  } catch (e) {
    if (e instanceof SettingsError) return e.issues.map((i) => `${i.path}: ${i.message}`);
    throw e;
  }
  return [];
}

const full = {
  title: "2014年度党建考核结果汇总表",
  grades: [{ name: "优秀", min: 90 }, { name: "良好", min: 80 }, { name: "合格", min: 60 }, { name: "不合格" }],
  quotas: [{ grade: "优秀", maxShare: 0.2, ties: "drop" }],
  veto: { grade: "不合格" },
  bonusCap: 5,
  rankStyle: "chinese",
  classes: [
    { name: "农村组", units: ["嵯岗镇", "罕达盖苏木"] },
    { name: "城区组", units: ["新华社区"] },
  ],
  combine: { method: "trimmedMean" },
  parts: [
    { name: "考核组", weight: 0.6 },
    { name: "平时考核", weight: 0.4 },
  ],
};

describe("assessment settings", () => {
  it("accepts a full file and fills defaults for an empty one", () => {
    expect(validateSettings(full)).toMatchObject({ bonusCap: 5, rankStyle: "chinese", veto: { grade: "不合格", atMost: false } });
    const empty = validateSettings({});
    expect(empty.grades.map((g) => g.name)).toEqual(["优秀", "良好", "合格", "不合格"]);
    expect(empty).toMatchObject({ bonusCap: null, rankStyle: "standard", quotas: [], combine: { method: "mean" } });
  });

  it("the full example is valid against the schema with plain Ajv too", () => {
    const schema = JSON.parse(readFileSync(join(__dirname, "../../rubrics/assessment-settings.schema.json"), "utf8")) as object;
    expect(new Ajv().validate(schema, full)).toBe(true);
  });

  it("names the JSON path of each schema error, in Chinese", () => {
    expect(
      issues({ rankStyle: "olympic", bonusCap: -1, grades: [{ name: "优秀", min: "90" }], quotas: [{ grade: "优秀" }], colour: 1 }),
    ).toEqual([
      "$.colour: 不认识的字段",
      "$.grades[0].min: 应当是 number 类型",
      "$.quotas[0].maxShare: 缺少此字段",
      "$.bonusCap: 应当为 >= 0",
      "$.rankStyle: 应为 standard、chinese 之一",
    ]);
  });

  it("checks what the schema cannot: band order, quota and veto grades, classes, weights", () => {
    expect(
      issues({
        grades: [{ name: "优秀", min: 90 }, { name: "良好" }, { name: "合格", min: 95 }, { name: "不合格" }],
        quotas: [
          { grade: "特优", maxShare: 0.1 },
          { grade: "不合格", maxShare: 0.5 },
        ],
        veto: { grade: "否决" },
        classes: [
          { name: "A类", units: ["嵯岗镇"] },
          { name: "B类", units: ["嵯岗镇"] },
        ],
        parts: [
          { name: "考核组", weight: 0.6 },
          { name: "平时考核", weight: 0.3 },
        ],
      }),
    ).toEqual([
      "$.grades[1].min: 除最后一档外，每档都要有最低分 min",
      "$.quotas[0].grade: 没有名为「特优」的等次（有：优秀、良好、合格、不合格）",
      "$.quotas[1].grade: 最低一档「不合格」不能限额（无处可降）",
      "$.veto.grade: 没有名为「否决」的等次（有：优秀、良好、合格、不合格）",
      "$.classes[1].units[0]: 单位「嵯岗镇」已在类别「A类」中",
      "$.parts: 各部分权重之和为 0.9，应为 1",
    ]);
  });

  it("bands must go down", () => {
    expect(issues({ grades: [{ name: "优秀", min: 90 }, { name: "良好", min: 95 }, { name: "差" }] })).toEqual([
      "$.grades[1].min: 应小于上一档的最低分 90（各档从高到低排列）",
    ]);
  });
});
