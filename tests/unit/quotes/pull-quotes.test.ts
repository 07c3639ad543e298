// A pull quote repeats a line of the article in large type (the Guardian's "element-pullquote", WordPress'
// "wp-block-pullquote"): the article extractor gives it as a quote block, but it is no quotation of its own.
import { describe, expect, it } from "vitest";
import { brief, quotesWithPeople } from "./context";

describe("pull quotes", () => {
  it("repeat a quotation of the text or the writer's own line: no quotation of their own", () => {
    const qs = quotesWithPeople(
      "en",
      "The finance minister, Rachel Reeves, defended the plan on Tuesday in a speech to business leaders in London.",
      "“We cannot afford to wait any longer for this reform to happen,” Reeves said.",
      { kind: "quote", text: "We cannot afford to wait any longer for this reform to happen\nRachel Reeves" },
      "Economists were divided, with some warning that the cuts would hit the poorest households hardest of all this winter.",
      { kind: "quote", text: "The cuts would hit the poorest households hardest of all" },
    );
    expect(brief(qs)).toEqual(["direct|We cannot afford to wait any longer for this reform to happen,|Rachel Reeves"]);
  });

  it("leave a block quote that the text does not repeat, and a short one that it does", () => {
    const qs = quotesWithPeople(
      "en",
      "The council published its decision on Monday. It read in part:",
      { kind: "quote", text: "The scheme will be paused until a full review of its costs has been completed." },
      "Residents said they would appeal. One banner read “No more cuts”.",
      { kind: "quote", text: "No more cuts" },
    );
    expect(qs.filter((q) => q.kind === "block").map((q) => q.text)).toEqual([
      "The scheme will be paused until a full review of its costs has been completed.",
      "No more cuts",
    ]);
  });
});
