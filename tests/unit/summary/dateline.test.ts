import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { datelineLength } from "../../../src/summary/dateline";
import { readabilityPages, trafilaturaPages } from "../../../bench/corpus";

/** An agency in brackets before a dash or a glued sentence, as news pages print datelines. */
const AGENCY_DATELINE = /\((?:dpa|AP|AFP|Reuters|CNN|epd|KNA)[^)]{0,10}\)(?:\s*[-–—]\s|\p{Lu})/u;

describe("datelineLength", () => {
  it.each([
    "Berlin (dpa) - ",
    "Frankfurt/Main (dpa/lhe) – ",
    "MOSCOW (AP) — ",
    "Washington (CNN)",
    "(CNN)",
    "LONDON — ",
    "WASHINGTON, Dec 10 (Reuters) - ",
    "BERLIN, 5. Dezember (Reuters) - ",
  ])("measures %j", (dateline) => {
    expect(datelineLength(`${dateline}Die Regierung hat am Montag beschlossen.`)).toBe(dateline.length);
  });

  it.each([
    "Angela Merkel (CDU) hat am Montag gesagt, sie trete nicht an.",
    "Die Kanzlerin (CDU) - so heißt es in Berlin - tritt nicht an.",
    "NATO - das Bündnis wächst.",
    "Photo (cc) : svenwerk",
    "Hamberger, J. (2021): Der Holländerholzhandel.",
    "Der Bundestag hat (mit großer Mehrheit) beschlossen.",
  ])("leaves %j alone", (text) => {
    expect(datelineLength(text)).toBe(0);
  });
});

describe("summaries of agency reports", () => {
  const pages = [
    ...trafilaturaPages().map((p) => ({ name: p.file, html: p.html, url: p.url })),
    ...readabilityPages().map((p) => ({ name: p.name, html: p.html, url: undefined })),
  ].filter((p) => AGENCY_DATELINE.test(p.html));

  it("start their first sentence after the dateline, with offsets into the text", () => {
    let trimmed = 0;
    for (const p of pages) {
      const a = analyze(parseDocument(p.html), p.url ? { url: p.url } : {});
      for (const s of a.summary) {
        expect(s.text, p.name).toBe(a.text.slice(s.start, s.end));
        expect(s.text, p.name).not.toMatch(new RegExp(`^\\S[^.]{0,60}${AGENCY_DATELINE.source}`, "u"));
        const block = a.blocks.find((b) => b.start <= s.start && s.start < b.end)!;
        if (s.start > block.start && AGENCY_DATELINE.test(a.text.slice(block.start, s.start + 1))) trimmed++;
      }
    }
    expect(pages.length).toBeGreaterThanOrEqual(5);
    expect(trimmed).toBeGreaterThanOrEqual(3);
  });
});
