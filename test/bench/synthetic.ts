/** Synthetic aliases for the scale benchmarks: deterministic, so every run measures the same names. */
import { foldKey } from '../../src/core/arabic/fold';

/** Deterministic pseudo-random numbers (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` Arabic-looking names of one to three words, some with the article, as real aliases are. No
 * two fold alike, and none folds like a name in `taken` (a pack may not claim an alias twice).
 */
export function syntheticAliases(n: number, seed: number, taken: Iterable<string> = []): string[] {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const next = rng(seed);
  const word = () => {
    const len = 3 + Math.floor(next() * 5);
    let w = next() < 0.3 ? 'ال' : '';
    for (let i = 0; i < len; i++) w += letters[Math.floor(next() * letters.length)];
    return w;
  };
  const seen = new Set([...taken].map(foldKey));
  const out: string[] = [];
  while (out.length < n) {
    const text = Array.from({ length: 1 + Math.floor(next() * 3) }, word).join(' ');
    const key = foldKey(text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(text);
  }
  return out;
}
