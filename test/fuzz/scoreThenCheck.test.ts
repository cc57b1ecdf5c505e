// Property: for random sheets and random findings, check of what score wrote reports no new error.
import fc from "fast-check";
import { caseOutcome, fuzzCase } from "../../bench/fuzz";

it("check agrees with score on whatever fast-check picks", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
      const outcome = caseOutcome(fuzzCase(seed));
      expect(outcome.kind === "failed" ? `seed ${seed}: ${outcome.reason}` : outcome.kind).not.toMatch(/^seed/);
    }),
    { numRuns: 200, seed: 7 },
  );
});
