/** A sparse unit-length term vector: term ids in ascending order and their weights. */
export interface Vector {
  ids: Int32Array;
  weights: Float64Array;
}

/**
 * TF-ISF vectors: term counts per sentence weighted by log inverse sentence frequency, so words
 * found in every sentence weigh nothing even when the stopword list misses them. Normalised to
 * length 1, so that a dot product is the cosine.
 */
export function tfIsf(docs: readonly (readonly string[])[]): Vector[] {
  const ids = new Map<string, number>();
  const counts = docs.map((d) => {
    const c = new Map<number, number>();
    for (const t of d) {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      c.set(id, (c.get(id) ?? 0) + 1);
    }
    return c;
  });
  const df = new Int32Array(ids.size);
  for (const c of counts) for (const id of c.keys()) df[id]!++;
  const n = docs.length;
  return counts.map((c) => {
    const ids = Int32Array.from(c.keys()).sort();
    const weights = new Float64Array(ids.length);
    for (let k = 0; k < ids.length; k++) weights[k] = c.get(ids[k]!)! * Math.log((n + 1) / df[ids[k]!]!);
    // `apply` reads the typed array as a list; a spread would step an iterator through it.
    const len = Math.hypot.apply(null, weights as unknown as number[]);
    if (len) for (let k = 0; k < weights.length; k++) weights[k]! /= len;
    return { ids, weights };
  });
}

/** Cosine similarity of two unit vectors: a merge over their sorted term ids. */
export function cosine(a: Vector, b: Vector): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) dot += a.weights[i++]! * b.weights[j++]!;
    else if (x < y) i++;
    else j++;
  }
  return dot;
}
