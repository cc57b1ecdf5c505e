import { addExact } from "../exact";
import { problem } from "../problems";
import type { Problem } from "../types";
import type { Draft } from "./readTable";

/** A category whose total is written in its cell (计划生育(30分)) or in a 分值 merged over its rows. */
export interface Section {
  group: string;
  cell: string;
  points: number;
  drafts: Draft[];
}

/** A warning for each section whose items' points do not add up to the total written for it. */
export function checkSections(sections: Map<string, Section>, items: Set<Draft>): Problem[] {
  const out: Problem[] = [];
  for (const section of sections.values()) {
    const members = section.drafts.filter((d) => items.has(d));
    if (members.length === 0 || members.some((d) => d.item.points === null)) continue;
    const sum = members.reduce((s, d) => addExact(s, d.item.points ?? 0), 0);
    if (sum !== section.points) {
      out.push(
        problem("warning", "group-points-mismatch", section.cell, {
          group: section.group,
          cell: section.cell,
          points: section.points,
          sum,
        }),
      );
    }
  }
  return out;
}
