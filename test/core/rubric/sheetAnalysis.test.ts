// analyseSheet: the one reading of a sheet that the pane and the command share, bundled rubric included.
import { analyseSheet, type CellValue, type Rubric, type SheetGrid } from "../../../src/core";

/** A rubric whose two items say what the sheet's text leaves out: each clause counts at most twice. */
function rubric(id: string, title: string): Rubric {
  const items = ["材料报送", "会议召开"].map((name) => ({
    name,
    criteria: "每缺一次扣1分",
    points: 5,
    clauses: [{ text: "每缺一次扣1分", kind: "per" as const, amount: 1, maxCount: 2 }],
  }));
  return { id, title, total: 10, items };
}

const OWN = rubric("2025-village", "2025年度村级目标考核细则");
const OTHER = rubric("other", "另一份考核细则");

function grid(title: string, names = ["材料报送", "会议召开"]): SheetGrid {
  const values: CellValue[][] = [
    [title, null, null, null],
    ["目标项目", "评分标准", "分值", "得分"],
    ...names.map((name): CellValue[] => [name, "每缺一次扣1分", 5, null]),
  ];
  return { name: "Sheet1", values };
}

describe("analyseSheet", () => {
  it("finds the rubric by the sheet's title, reads the sheet again with it, and says so in an info problem", () => {
    const { model, rubric, rubricApplied } = analyseSheet(grid("2025年度村级目标考核细则（嵯岗镇）"), { unit: null }, [OTHER, OWN]);
    expect(rubric?.id).toBe("2025-village");
    expect(model.items[0].clauses[0]).toMatchObject({ kind: "per", amount: 1, maxCount: 2 });
    expect(rubricApplied).toMatchObject({
      severity: "info",
      code: "rubric-applied",
      cell: null,
      args: { rubric: "2025-village", title: "2025年度村级目标考核细则", by: "title" },
    });
  });

  it("finds it by the sheet's items when the title says nothing", () => {
    const { rubric, rubricApplied } = analyseSheet(grid("考核表"), { unit: null }, [OWN]);
    expect(rubric?.id).toBe("2025-village");
    expect(rubricApplied?.args).toMatchObject({ by: "items" });
  });

  it("keeps the sheet as its text says when no rubric is its own", () => {
    const { model, rubric, rubricApplied } = analyseSheet(grid("考核表", ["别的项目", "另外的项目"]), { unit: null }, [OWN]);
    expect(rubric).toBeNull();
    expect(rubricApplied).toBeNull();
    expect(model.items[0].clauses[0].maxCount).toBeUndefined();
  });

  it("uses a rubric given in the options without looking for another", () => {
    const { model, rubric, rubricApplied } = analyseSheet(grid("2025年度村级目标考核细则"), { unit: null, rubric: OTHER }, [OWN]);
    expect(rubric?.id).toBe("other");
    expect(rubricApplied).toBeNull();
    expect(model.items[1].clauses[0].maxCount).toBe(2);
  });
});
