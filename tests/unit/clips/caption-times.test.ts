import { describe, expect, it } from "vitest";
import { readCaptionTimes } from "../../../src/clips/caption-times";
import { clipWords } from "../../../src/clips/words";

const read = (lines: string[], lang = "de") => readCaptionTimes(lines, clipWords(lang));

describe("caption times", () => {
  it.each([
    ["02.12.2025 | 0:28 min", "2025-12-02", 28],
    ["01.12.2025 | 3:17 min", "2025-12-01", 197],
    ["2 min", null, 120],
    ["1:02:03", null, 3723],
    ["Dauer: 3:17", null, 197],
    ["3 Min. 17 Sek.", null, 197],
    ["90 Sekunden", null, 90],
  ])("reads %j in German captions", (line, date, duration) => {
    expect(read([line])).toMatchObject({ date, duration });
  });

  it.each([
    ["2:34", 154],
    ["Duration 2:34", 154],
    ["Video 1:02:03", 3723],
    ["4 min 5 sec", 245],
  ])("reads %j in English captions", (line, duration) => {
    expect(read([line], "en").duration).toBe(duration);
  });

  it("gives whole-minute readings a minute's resolution, clock readings a second's", () => {
    expect(read(["2 min"]).precision).toBe(60);
    expect(read(["0:28 min"]).precision).toBe(1);
  });

  it("reads dates with month names from the language's date words", () => {
    expect(read(["Video vom 2. Dezember 2025 | 3:17 min"])).toMatchObject({ date: "2025-12-02", duration: 197 });
    expect(read(["December 2, 2025 | Duration 2:34"], "en")).toMatchObject({ date: "2025-12-02", duration: 154 });
  });

  it("takes an availability end for an expiry, not the clip's date", () => {
    expect(read(["Video verfügbar bis 28.02.2021"]).date).toBeNull();
    expect(read(["04.04.2020", "Video verfügbar bis 28.02.2021"]).date).toBe("2020-04-04");
    expect(read(["Available until 2021-02-28"], "en").date).toBeNull();
  });

  it("does not take a time of day or a countdown for a duration", () => {
    expect(read(["28.04.2020 21:38 Uhr"])).toMatchObject({ date: "2020-04-28", duration: null });
    expect(read(["Updated 2:34 pm"], "en").duration).toBeNull();
    expect(read(["December 2, 2025, 14:05"], "en")).toMatchObject({ date: "2025-12-02", duration: null });
    expect(read(["Your video will play in 00:25"], "en").duration).toBeNull();
  });

  it("reads a bare clock set off from the date by a bar or dot as the label's duration field", () => {
    expect(read(["02.12.2025 | 0:28"])).toMatchObject({ date: "2025-12-02", duration: 28 });
    expect(read(["28.11.2025 · 1:43"])).toMatchObject({ date: "2025-11-28", duration: 103 });
    expect(read(["Sept. 3, 2025 | 2:04"], "en")).toMatchObject({ date: "2025-09-03", duration: 124 });
    // Closing a line that starts with the title (a podcast player's label).
    expect(read(["Was jetzt? Die Lage am Morgen 28.11.2025 · 12:45"])).toMatchObject({ date: "2025-11-28", duration: 765 });
    // Still a time of day with its word after it.
    expect(read(["Hallo Niedersachsen - 28.11.2025 | 19:30 Uhr"]).duration).toBeNull();
    expect(read(["Nov. 28, 2025 | 2:04 PM ET"], "en").duration).toBeNull();
  });

  it("ignores minutes that prose mentions, but reads a time closing a teaser text", () => {
    expect(read(["3 Minuten vom S-Bahnhof Ostkreuz entfernt liegt der Park"]).duration).toBeNull();
    expect(read(["Die Verhandlungen gehen weiter. 02.12.2025 | 0:23 min"])).toMatchObject({ date: "2025-12-02", duration: 23 });
  });

  it("keeps the first statement when a screen-reader copy repeats it", () => {
    expect(read(["2 min", "2 min", "04.04.2020", "04.04.2020"])).toMatchObject({ date: "2020-04-04", duration: 120 });
  });
});
