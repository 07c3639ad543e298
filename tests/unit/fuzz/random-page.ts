// Whole pages from nothing: random trees of the elements news pages use, with hostile text and
// attributes, optional JSON-LD, serialised without escaping so that text can break the markup.
import fc from "fast-check";
import { nastyText } from "./nasty-text";

const TAGS = [
  "article",
  "main",
  "section",
  "div",
  "p",
  "span",
  "h1",
  "h2",
  "h3",
  "blockquote",
  "q",
  "ul",
  "ol",
  "li",
  "figure",
  "figcaption",
  "img",
  "video",
  "audio",
  "iframe",
  "time",
  "a",
  "b",
  "em",
  "br",
  "table",
  "tr",
  "td",
  "aside",
  "nav",
  "footer",
  "header",
  "script",
  "style",
  "template",
  "noscript",
  "svg",
  "button",
  "pre",
  "cite",
  "x-widget",
];
const VOID = new Set(["img", "br"]);

const WORDS = [
  "sagte",
  "said",
  "Minister",
  "Ministerin",
  "Anna",
  "Berg",
  "Marco",
  "Rubio",
  "„Ja“",
  "“No”",
  "«Oui»",
  "der",
  "the",
  "und",
  "Nato",
  "Berlin",
  ".",
];
const words = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 30 }).map((ws) => ws.join(" "));
const SENTENCES = [
  "„Wir bleiben an der Seite der Ukraine“, sagte US-Außenminister Marco Rubio am Dienstag in Brüssel.",
  "Nato-Generalsekretär Mark Rutte nannte das Treffen „sehr konstruktiv“.",
  "Die Bundesregierung wollte sich zunächst nicht äußern, ein Sprecher verwies auf Gespräche.",
  "“We will not walk away,” Secretary of State Marco Rubio told reporters on Tuesday.",
  "The minister, Anna Berg, said the decision was final and that talks would resume in January.",
  "Analysts at the institute expect prices to rise by 3 percent next year.",
];
/** A news-like paragraph with hostile text spliced in: enough prose for the engine to call it an article. */
const prose = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...SENTENCES) }, { weight: 1, arbitrary: nastyText }), {
    minLength: 2,
    maxLength: 12,
  })
  .map((parts) => parts.join(" "));
const text = fc.oneof({ weight: 2, arbitrary: words }, { weight: 2, arbitrary: prose }, { weight: 1, arbitrary: nastyText });

const attr = fc.oneof(
  fc.constantFrom(
    'class="article-body"',
    'class="related teaser"',
    'lang="ar" dir="rtl"',
    "hidden",
    'datetime="2025-12-02T10:00:00+01:00"',
    'src="/clip.mp4#t=12"',
  ),
  fc.constantFrom('src="https://www.youtube.com/embed/x?start=30"', 'itemprop="articleBody"', 'role="main"', 'id="__proto__"'),
  nastyText.map((t) => `title="${t}"`),
);

const tree = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof({ depthSize: "small", withCrossShrink: true }, text, tie("element")),
  element: fc
    .record({
      tag: fc.constantFrom(...TAGS),
      attrs: fc.array(attr, { maxLength: 3 }),
      children: fc.array(tie("node"), { maxLength: 6 }),
      closed: fc.boolean(),
    })
    .map(({ tag, attrs, children, closed }) => {
      const open = `<${[tag, ...attrs].join(" ")}>`;
      return VOID.has(tag) ? open : `${open}${children.join("")}${closed ? `</${tag}>` : ""}`;
    }),
}));

const jsonLd = fc.option(
  fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify({ "@type": "NewsArticle", headline: v, datePublished: v, author: v })),
    nastyText,
  ),
);

/** A random page: a title and optional JSON-LD in the head, random nodes in the body. */
export const randomPage: fc.Arbitrary<string> = fc
  .record({
    lang: fc.constantFrom("de", "en", "fr", "ar", "ja", "", "x-🙂"),
    title: text,
    ld: jsonLd,
    body: fc.array(tree.node, { maxLength: 8 }),
  })
  .map(
    ({ lang, title, ld, body }) =>
      `<!doctype html><html lang="${lang}"><head><title>${title}</title>` +
      (ld === null ? "" : `<script type="application/ld+json">${ld}</script>`) +
      `</head><body>${body.join("")}</body></html>`,
  );
