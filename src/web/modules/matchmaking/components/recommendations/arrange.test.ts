import { describe, expect, it } from "vitest";
import { arrange } from "./arrange";

const rec = (organizationId: string) => ({ participant: { organizationId } });
const shown = (items: ReturnType<typeof arrange<ReturnType<typeof rec>>>) =>
  items.map((i) => `${i.recommendation.participant.organizationId}${i.hidden ? "*" : ""}`);

describe("arrange", () => {
  it("keeps a hidden suggestion in its place while the list still has it", () => {
    expect(shown(arrange([rec("a"), rec("b"), rec("c")], [{ recommendation: rec("b"), index: 1 }]))).toEqual(["a", "b*", "c"]);
  });

  it("keeps it in its place after the refetched list dropped it", () => {
    expect(shown(arrange([rec("a"), rec("c")], [{ recommendation: rec("b"), index: 1 }]))).toEqual(["a", "b*", "c"]);
  });

  it("puts several back in order, and past the end at the end", () => {
    const hidden = [
      { recommendation: rec("z"), index: 9 },
      { recommendation: rec("a"), index: 0 },
    ];
    expect(shown(arrange([rec("b"), rec("c")], hidden))).toEqual(["a*", "b", "c", "z*"]);
  });
});
