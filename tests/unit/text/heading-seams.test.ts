// A kicker and its headline in one heading, in spans with no space between them: the page's
// styles set them on lines of their own, the text must keep the two words apart.
import { describe, expect, it } from "vitest";
import { buildText } from "../../../src/text/build-text";
import { parseDocument } from "../../../src/cli/parse-html";

const built = (html: string, kind: "heading" | "paragraph") => {
  const doc = parseDocument(`<html><body>${html}</body></html>`);
  const el = doc.body!.firstElementChild!;
  return buildText([{ kind, el }]);
};

describe("a heading's parts that meet without a space", () => {
  it("are set apart by a space that maps to no character of the page", () => {
    const { text, map } = built(
      '<h2 class="title"><span class="title__kicker">Bahn-Chaos</span><span class="title__headline">Warum die Bahn ihre Ziele verfehlt</span></h2>',
      "heading",
    );
    expect(text).toBe("Bahn-Chaos Warum die Bahn ihre Ziele verfehlt");
    expect(map.toDom(text.indexOf("Warum"))!.node.data).toBe("Warum die Bahn ihre Ziele verfehlt");
  });

  it("after a kicker's colon or number too, and before a quotation or a live blog's marks, but not inside a word or before a small letter", () => {
    expect(built("<h1><span>Haushalt 2026</span><span>Bundestag beschließt Etat</span></h1>", "heading").text).toBe(
      "Haushalt 2026 Bundestag beschließt Etat",
    );
    expect(built("<h1><span>Nahost:</span><span>Waffenruhe hält</span></h1>", "heading").text).toBe("Nahost: Waffenruhe hält");
    expect(built("<h1><span>Ukraine</span><span>„Wir geben kein Land ab“</span></h1>", "heading").text).toBe(
      "Ukraine „Wir geben kein Land ab“",
    );
    expect(
      built("<h1><span>Krieg gegen die Ukraine</span><span>++ Selenskyj lehnt Gebietsabtretungen ab ++</span></h1>", "heading").text,
    ).toBe("Krieg gegen die Ukraine ++ Selenskyj lehnt Gebietsabtretungen ab ++");
    expect(built("<h1>Streit um die <b>Bahn</b>fahrer der <i>DB</i>-Regio</h1>", "heading").text).toBe(
      "Streit um die Bahnfahrer der DB-Regio",
    );
  });

  it("stay as written in a paragraph", () => {
    expect(built("<p><span>Bahn-Chaos</span><span>Warum</span></p>", "paragraph").text).toBe("Bahn-ChaosWarum");
  });
});
