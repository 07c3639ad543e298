// Pages at the extremes the issue names: deep nesting, huge text nodes, very many elements, broken
// JSON-LD, huge attributes, control characters, mixed scripts. Built on demand (some are megabytes);
// `dom` pages are finished with DOM calls because an HTML parser would never produce them.
import { NASTY_CHARS, NASTY_PHRASES } from "./nasty-text";

export interface ExtremePage {
  name: string;
  html: () => string;
  /** Shapes the parsed document further, as a page's own script could. */
  dom?: (doc: Document) => void;
}

/** A news-like paragraph: a quote, a speaker with a role, a date — work for every analyzer. */
const PARA =
  "<p>„Wir bleiben an der Seite unserer Partner“, sagte US-Außenminister Marco Rubio am 2. Dezember 2025 in Brüssel. " +
  "Nato-Generalsekretär Mark Rutte reagierte erleichtert.</p>";

export const page = (body: string, head = "") =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Extrem</title>${head}</head>` +
  `<body><nav><a href="/">Start</a></nav><article><h1>Rubio in Brüssel</h1>${body}</article></body></html>`;

const ldJson = (json: string) => `<script type="application/ld+json">${json}</script>`;

const DEEP_JSON = `{"a":`.repeat(10_000) + "1" + "}".repeat(10_000);

const BROKEN_JSON_LD = [
  `{"@context":"https://schema.org","@type":"NewsArticle","headline":`,
  `{"@type":"NewsArticle","headline":{"@value":["x"]},"datePublished":"yesterday","author":[null,1,{"name":["A","B"]},"",{"@type":"Person"}],"publisher":"x","inLanguage":7}`,
  `{"@graph":"not an array"}`,
  `{"@graph":[null,1,"x",[[]],{"@graph":{"@graph":[]}}]}`,
  `null`,
  `[]`,
  `"NewsArticle"`,
  `{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"@type":"NewsArticle"}`,
  `<!-- {"@type":"NewsArticle"} -->`,
  `{"@type":"VideoObject","name":"Clip","duration":"PT99999999999H","uploadDate":"2025-13-45T99:99","contentUrl":"javascript:alert(1)"}`,
  `{"@type":["NewsArticle","LiveBlogPosting"],"liveBlogUpdate":[{"@type":"BlogPosting","articleBody":null}],"hasPart":${DEEP_JSON}}`,
  `[${"[".repeat(10_000)}${"]".repeat(10_000)}]`,
  `\ufeff{"@type":"NewsArticle","headline":"\\u0000\\ud800","headline":"dup"}`,
  `{"@type":"NewsArticle","articleBody":"${"x".repeat(2_000_000)}"}`,
];

export const EXTREME_PAGES: ExtremePage[] = [
  { name: "empty document", html: () => "" },
  { name: "only a doctype", html: () => "<!doctype html>" },
  { name: "text without any markup", html: () => "„Wir bleiben“, sagte Marco Rubio. ".repeat(50) },
  {
    name: "nesting 10,000 deep around the paragraphs",
    html: () => page("<div>".repeat(10_000) + PARA.repeat(3) + "</div>".repeat(10_000)),
  },
  {
    name: "nesting 10,000 deep inside a paragraph",
    html: () => page(`<p>Anfang ${"<span>".repeat(10_000)}tief${"</span>".repeat(10_000)} Ende.</p>`),
  },
  { name: "10,000 unclosed inline tags", html: () => page("<b><i><u>".repeat(3_334) + PARA.repeat(3)) },
  {
    name: "nesting 100,000 deep built by script",
    html: () => page(PARA),
    dom: (doc) => {
      let el = doc.querySelector("article p")!;
      for (let i = 0; i < 100_000; i++) el = el.appendChild(doc.createElement("span"));
      el.appendChild(doc.createTextNode("ganz unten"));
    },
  },
  { name: "5 MB text node", html: () => page(`<p>${"Lorem ipsum dolor sit amet. ".repeat(180_000)}</p>`) },
  { name: "5 MB word without a space", html: () => page(`${PARA}<p>${"x".repeat(5_000_000)}</p>`) },
  { name: "200,000 elements", html: () => page(`${PARA}<div>${"<span>a</span>".repeat(200_000)}</div>`) },
  { name: "200,000 paragraphs", html: () => page("<p>Kurz.</p>".repeat(200_000)) },
  {
    name: "100,000 adjacent text nodes built by script",
    html: () => page(PARA),
    dom: (doc) => {
      const p = doc.querySelector("article p")!;
      for (let i = 0; i < 100_000; i++) p.appendChild(doc.createTextNode(i % 2 ? " " : "„a“"));
    },
  },
  { name: "broken JSON-LD", html: () => page(PARA.repeat(10), BROKEN_JSON_LD.map(ldJson).join("")) },
  {
    name: "huge attributes",
    html: () =>
      page(
        `<p class="${"teaser share ".repeat(10_000)}" data-x="${"&quot;<>".repeat(100_000)}">${PARA}</p>` +
          `<img src="data:image/png;base64,${"A".repeat(2_000_000)}" alt="${"Bild ".repeat(50_000)}">` +
          `<video src="${"/v".repeat(100_000)}" title="${"T".repeat(100_000)}"></video>` +
          `<p ${Array.from({ length: 10_000 }, (_, i) => `a${i}="${i}"`).join(" ")}>${PARA}</p>`,
      ),
  },
  {
    name: "control and NUL characters",
    html: () => page(NASTY_CHARS.map((c) => `<p>${c}Er sagte:${c} „${c}Ja${c}“${c}.${c}</p>`).join("") + PARA),
    dom: (doc) => {
      const p = doc.querySelector("article p")!;
      p.appendChild(doc.createTextNode("\u0000„NUL\u0000“, sagte\u0000 Anna\u0000 Berg."));
    },
  },
  {
    name: "right-to-left, mixed scripts and emoji",
    html: () =>
      page(
        NASTY_PHRASES.map((s) => `<p>${s}</p>`)
          .join("")
          .repeat(50),
      ),
  },
  { name: "10,000 quotations in one paragraph", html: () => page(`<p>${"„Ja“, sagte Anna Berg. ".repeat(10_000)}</p>`) },
  { name: "10,000 opening quotation marks, never closed", html: () => page(`<p>${"„Nein, sagte Minister Kurt Beck ".repeat(10_000)}</p>`) },
  { name: "10,000 capitalised names", html: () => page(`<p>${"Ministerin Anna Berg, Kanzler Olaf Scholz und ".repeat(5_000)}Ende.</p>`) },
  {
    name: "1,500 media elements",
    html: () =>
      page(
        `${PARA}<figure><video src="/v.mp4#t=5"></video><figcaption>02.12.2025 | 0:28 min</figcaption></figure>`.repeat(1_000) +
          `<iframe src="https://www.youtube.com/embed/abc?start=99999999999"></iframe><audio src="/a.mp3"></audio>`.repeat(250),
      ),
  },
];
