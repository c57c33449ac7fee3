// Scoring functions for `npm run eval`, as ../shared/README.md defines them.

/** Tokens: runs of Unicode letters, digits and '_'. */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i + 4 <= t.length; i++) {
    const key = `${t[i]} ${t[i + 1]} ${t[i + 2]} ${t[i + 3]}`;
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One document's tp/fp/fn over 4-token shingle multisets, normalised to sum to 1. */
export function shingleCounts(extracted: string, truth: string): { tp: number; fp: number; fn: number } {
  const a = shingles(extracted);
  const b = shingles(truth);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, n] of a) {
    const m = b.get(k) ?? 0;
    tp += Math.min(n, m);
    fp += Math.max(0, n - m);
  }
  for (const [k, m] of b) fn += Math.max(0, m - (a.get(k) ?? 0));
  const sum = tp + fp + fn;
  return sum === 0 ? { tp: 1, fp: 0, fn: 0 } : { tp: tp / sum, fp: fp / sum, fn: fn / sum };
}

/** The article-extraction-benchmark aggregate: averaged precision and recall, then F1. */
export function aggregateF1(docs: readonly { tp: number; fp: number; fn: number }[]): { precision: number; recall: number; f1: number } {
  let p = 0;
  let pn = 0;
  let r = 0;
  let rn = 0;
  for (const d of docs) {
    if (d.fp === 0 && d.fn === 0) {
      p += 1;
      pn += 1;
      r += 1;
      rn += 1;
      continue;
    }
    if (d.tp + d.fp > 0) {
      p += d.tp / (d.tp + d.fp);
      pn += 1;
    }
    if (d.tp + d.fn > 0) {
      r += d.tp / (d.tp + d.fn);
      rn += 1;
    }
  }
  const precision = pn ? p / pn : 0;
  const recall = rn ? r / rn : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Precision, recall and F1 from counts. */
export function f1(tp: number, fp: number, fn: number): { precision: number; recall: number; f1: number } {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
