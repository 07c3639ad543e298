import { parseDocument } from "./src/cli/parse-html";
import { analyze } from "./src/analyze";
const t0 = performance.now();
const deep = "<html><body><article>" + "<div>".repeat(10000) + "<p>Hello deep world.</p>" + "</div>".repeat(10000) + "</article></body></html>";
const d = parseDocument(deep);
console.log("parse", performance.now() - t0);
let t = performance.now();
const a = analyze(d);
console.log("analyze", performance.now() - t, a.isArticle, a.reason, a.text.slice(0, 50));
t = performance.now();
try { console.log(d.body.textContent!.length); } catch (e) { console.log("textContent err", (e as Error).message); }
try { console.log(d.body.outerHTML.length); } catch (e) { console.log("outerHTML err", (e as Error).message); }
const big = "<html><body><article>" + "<p>x y z.</p>".repeat(200000) + "</article></body></html>";
t = performance.now();
const d2 = parseDocument(big);
console.log("parse 200k", performance.now() - t);
t = performance.now();
const a2 = analyze(d2);
console.log("analyze 200k", performance.now() - t, a2.isArticle, a2.text.length);
const huge = "<html><body><article><p>" + "lorem ipsum ".repeat(450000) + "</p></article></body></html>";
t = performance.now();
const d3 = parseDocument(huge);
console.log("parse 5MB", performance.now() - t);
t = performance.now();
const a3 = analyze(d3);
console.log("analyze 5MB", performance.now() - t, a3.isArticle, a3.text.length);
