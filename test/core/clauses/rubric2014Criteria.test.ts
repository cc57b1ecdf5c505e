// Each criteria text of the 2014 rubric parses into exactly the clauses the rubric lists.
import { readFileSync } from "fs";
import { join } from "path";
import { parseCriteria } from "../../../src/core/clauses/parseCriteria";

interface RubricClauseJson {
  text: string;
  kind: string;
  amount: number | null;
  unit?: string;
  except?: string[];
}

describe("the 2014 rubric's criteria texts", () => {
  const rubric = JSON.parse(readFileSync(join(__dirname, "../../../rubrics/2014-sumu-town.json"), "utf8")) as {
    items: { name: string; criteria: string; clauses: RubricClauseJson[] }[];
  };

  it.each(rubric.items.map((item) => [item.name, item] as const))("%s parses into exactly the rubric's clauses", (_name, item) => {
    const parsed = parseCriteria(item.criteria);
    expect(parsed.rowCap).toBeUndefined();
    expect(parsed.clauses.map((c) => ({ text: c.text, kind: c.kind, amount: c.amount, unit: c.unit, except: c.except }))).toEqual(
      item.clauses.map((c) => ({ text: c.text, kind: c.kind, amount: c.amount, unit: c.unit, except: c.except })),
    );
    expect(parsed.clauses.every((c) => !c.unread)).toBe(true);
  });
});
