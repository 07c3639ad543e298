// The bench's statistics: the p95 of 40 pages is the 38th value (nearest rank), a median of an
// even count lies between its two middle values.
import { describe, expect, it } from "vitest";
import { median, quantile } from "../../../bench/stats";

const oneTo = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe("bench statistics", () => {
  it("take quantiles by nearest rank", () => {
    expect(quantile(oneTo(40), 0.95)).toBe(38);
    expect(quantile(oneTo(130), 0.95)).toBe(124);
    expect(quantile(oneTo(40), 1)).toBe(40);
    expect(quantile(oneTo(40), 0)).toBe(1);
    expect(quantile([], 0.95)).toBeNaN();
  });

  it("take the middle for the median", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median(oneTo(4))).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
