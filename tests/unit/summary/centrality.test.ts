import { describe, expect, it } from "vitest";
import { analyze } from "../../../src/analyze";
import { parseDocument } from "../../../src/cli/parse-html";
import { candidates } from "../../../src/summary/candidates";
import { lexRank, similarities } from "../../../src/summary/centrality";
import { contentTerms, stemmerFor } from "../../../src/summary/terms";
import { cosine, tfIsf } from "../../../src/summary/vectors";
import { readabilityPages } from "../../../bench/corpus";

/** The article sentences of the corpus's largest page as term vectors. */
function largePageVectors() {
  const p = readabilityPages().find((x) => x.name === "wikipedia-2")!;
  const a = analyze(parseDocument(p.html));
  const stemmer = stemmerFor(a.lang);
  return tfIsf(candidates(a).map((c) => contentTerms(c.text, stemmer)));
}

describe("sentence centrality", () => {
  const vectors = largePageVectors();
  const rows = similarities(vectors);

  it("holds exactly the non-zero cosine of every pair, rows ascending and symmetric", () => {
    expect(vectors.length).toBeGreaterThan(100);
    let pairs = 0;
    const wrong: string[] = [];
    for (let i = 0; i < vectors.length; i++) {
      const row = rows[i]!;
      for (let e = 1; e < row.ids.length; e++) if (row.ids[e]! <= row.ids[e - 1]!) wrong.push(`row ${i} unsorted`);
      const at = new Map([...row.ids].map((j, e) => [j, row.sims[e]!]));
      for (let j = 0; j < vectors.length; j++) {
        if (j === i) continue;
        const c = cosine(vectors[Math.min(i, j)]!, vectors[Math.max(i, j)]!);
        // Bit-identical to the pairwise dot product, so the ranking is that of the full matrix.
        if ((at.get(j) ?? 0) !== c) wrong.push(`${i}–${j}: ${at.get(j)} ≠ ${c}`);
        if (c) pairs++;
      }
    }
    expect(wrong).toEqual([]);
    // Sparse: most pairs share no term and are never visited.
    expect(pairs).toBeLessThan(vectors.length * (vectors.length - 1) * 0.5);
  });

  it("gives weights averaging 1, highest for sentences linked to many others", () => {
    const w = lexRank(rows);
    expect(w.reduce((a, b) => a + b, 0) / w.length).toBeCloseTo(1, 2);
    const degree = rows.map((r) => r.ids.length);
    const top = w.indexOf(Math.max(...w));
    const isolated = degree.indexOf(0);
    expect(degree[top]!).toBeGreaterThan(degree.reduce((a, b) => a + b, 0) / degree.length);
    if (isolated >= 0) expect(w[isolated]!).toBeLessThan(1);
  });
});
