// A bundled rubric applies only to its own sheet: by its title, or by (nearly) the same items, never by generic words.
import { findRubricMatch, inspectSheet, matchRubric, sheetTitles } from "../../../src/core";
import type { Rubric } from "../../../src/core";
import { NAMES_2014, rubric2014 } from "../../fixtures/rubric2014";

function rubric(id: string, title: string, names: string[]): Rubric {
  const items = names.map((name) => ({
    name,
    criteria: "未落实扣1分",
    points: 1,
    clauses: [{ text: "未落实扣1分", kind: "deduct" as const, amount: 1 }],
  }));
  return { id, title, total: names.length, items };
}

const GENERIC = rubric("generic", "党建工作考核细则", ["组织建设", "思想建设", "作风建设", "制度建设", "廉政建设"]);

describe("findRubricMatch", () => {
  it("names that only contain the rubric's generic names never match", () => {
    const sheet = ["基层组织建设", "思想建设工作", "机关作风建设", "制度建设情况", "党风廉政建设"];
    expect(findRubricMatch({ itemNames: sheet }, [GENERIC])).toBeNull();
    expect(matchRubric(sheet, [GENERIC])).toBeNull();
  });

  it("the same items after normalisation (spaces, full-width, punctuation) match by items", () => {
    const sheet = ["组 织 建 设", "思想建设", "作风建设", "制度建设", "廉政建设"];
    expect(findRubricMatch({ itemNames: sheet }, [GENERIC])).toEqual({ rubric: GENERIC, by: "items" });
  });

  it("nearly all: one name in eleven may differ; two may not", () => {
    const one = [...NAMES_2014];
    one[3] = "大学生村官管理";
    expect(findRubricMatch({ itemNames: one }, [rubric2014()])?.by).toBe("items");
    const two = [...one];
    two[5] = "后进党组织整顿";
    expect(findRubricMatch({ itemNames: two }, [rubric2014()])).toBeNull();
  });

  it("a different number of items does not match, even when all of them are the rubric's", () => {
    expect(findRubricMatch({ itemNames: NAMES_2014.slice(0, 10) }, [rubric2014()])).toBeNull();
    expect(findRubricMatch({ itemNames: [...NAMES_2014, "附加项目"] }, [rubric2014()])).toBeNull();
  });

  it("the rubric's title on the sheet matches whatever the items", () => {
    const titles = ["2014年度苏木镇基层党建工作考核评分细则（嵯岗镇）", "被考核单位：嵯岗镇"];
    expect(findRubricMatch({ titles, itemNames: ["别的项目"] }, [GENERIC, rubric2014()])).toMatchObject({
      by: "title",
      rubric: { id: "2014-sumu-town" },
    });
    // A title that merely shares words with a short generic title does not.
    expect(findRubricMatch({ titles: ["党建工作"], itemNames: [] }, [GENERIC])).toBeNull();
  });

  it("sheetTitles reads the texts above the header row", () => {
    const grid = {
      name: "S",
      values: [
        ["2014年度苏木镇基层党建工作考核评分细则", null, null],
        ["被考核单位：", "嵯岗镇", 3],
        ["目标项目", "评分标准", "分值"],
        ["组织建设", "未落实扣1分", 1],
      ],
    };
    const model = inspectSheet(grid);
    expect(sheetTitles(grid, model.layout.headerRow)).toEqual(["2014年度苏木镇基层党建工作考核评分细则", "被考核单位：", "嵯岗镇"]);
  });
});
