/**
 * Anchoring on edited pages: every sentence of the held-out pages (test/fixtures/heldout-claims,
 * 30+ characters) is noted, the page is edited in one of the ways articles change, and the note is
 * anchored again. Success: the passage found where the edited passage now is (or, when it was
 * deleted, nothing found). Edits are deterministic; nothing is tuned on these pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describePassage } from '../../src/core/notes/anchor';
import { anchorPassage } from '../../src/core/notes/fuzzy';

const DIR = join(process.cwd(), 'test/fixtures/heldout-claims');

interface Edited {
  readonly text: string;
  /** Where the passage is now, or null when the edit removed it. */
  readonly at: { start: number; end: number } | null;
}

const DIACRITICS = ['\u064e', '\u064f', '\u0650', '\u0651'];

/** Each edit takes the page, the passage's span, and returns the edited page and where the passage went. */
const EDITS: Record<string, (text: string, s: number, e: number) => Edited> = {
  'paragraph inserted above': (t, s, e) => {
    const add = 'تحديث: أضيفت هذه الفقرة بعد النشر لتوضيح بعض التفاصيل.\n';
    return { text: add + t, at: { start: s + add.length, end: e + add.length } };
  },
  'word inserted inside': (t, s, e) => {
    const mid = t.indexOf(' ', s + Math.floor((e - s) / 2));
    if (mid < 0 || mid >= e) return { text: t, at: { start: s, end: e } };
    const add = ' أيضاً';
    return { text: t.slice(0, mid) + add + t.slice(mid), at: { start: s, end: e + add.length } };
  },
  'word edited inside': (t, s, e) => {
    const words = [...t.slice(s, e).matchAll(/[\u0621-\u064a]{4,}/g)];
    const w = words[Math.floor(words.length / 2)];
    if (!w) return { text: t, at: { start: s, end: e } };
    const at = s + (w.index ?? 0);
    const repl = `${w[0].slice(0, 2)}ـتعديل`;
    return {
      text: t.slice(0, at) + repl + t.slice(at + w[0].length),
      at: { start: s, end: e + repl.length - w[0].length },
    };
  },
  'diacritics added': (t, s, e) => {
    let out = '';
    let k = 0;
    for (const c of t.slice(s, e))
      out += /[\u0621-\u064a]/.test(c) && k++ % 3 === 0 ? c + DIACRITICS[k % 4] : c;
    return { text: t.slice(0, s) + out + t.slice(e), at: { start: s, end: s + out.length } };
  },
  'spelling normalised (أ→ا, ة→ه)': (t, s, e) => {
    const out = t.slice(s, e).replace(/[أإآ]/g, 'ا').replace(/ة/g, 'ه');
    return { text: t.slice(0, s) + out + t.slice(e), at: { start: s, end: s + out.length } };
  },
  'paragraph moved to the end': (t, s, e) => {
    const ps = t.lastIndexOf('\n', s) + 1;
    const pe = t.indexOf('\n', e) < 0 ? t.length : t.indexOf('\n', e);
    const para = t.slice(ps, pe);
    const rest = t.slice(0, ps) + t.slice(Math.min(t.length, pe + 1));
    const text = `${rest.replace(/\n?$/, '\n')}${para}`;
    const base = text.length - para.length;
    return { text, at: { start: base + (s - ps), end: base + (e - ps) } };
  },
  'passage quoted again above': (t, s, e) => {
    const add = `كما ورد: «${t.slice(s, e)}».\n`;
    return { text: add + t, at: { start: s + add.length, end: e + add.length } };
  },
  'three words edited': (t, s, e) => {
    let out = t.slice(s, e);
    const words = [...out.matchAll(/[\u0621-\u064a]{4,}/g)].slice(0, 3);
    for (const w of words.reverse()) {
      const at = w.index ?? 0;
      out = `${out.slice(0, at)}${w[0].slice(0, 2)}ـمعدل${out.slice(at + w[0].length)}`;
    }
    return { text: t.slice(0, s) + out + t.slice(e), at: { start: s, end: s + out.length } };
  },
  'passage deleted': (t, s, e) => ({ text: t.slice(0, s) + t.slice(e), at: null }),
};

export function anchorBench() {
  const pages = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as { file: string }[];
  const results: Record<string, { tried: number; found: number; failures: string[] }> = {};
  for (const name of Object.keys(EDITS)) results[name] = { tried: 0, found: 0, failures: [] };
  for (const { file } of pages) {
    const text = readFileSync(join(DIR, file), 'utf8');
    // Sentences of 30+ characters, as a reader would select them.
    for (const m of text.matchAll(/[^.!?؟\n]{30,}/g)) {
      const s = (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
      const e = (m.index ?? 0) + m[0].trimEnd().length;
      const [quote, position] = describePassage(text, s, e);
      for (const [name, edit] of Object.entries(EDITS)) {
        const edited = edit(text, s, e);
        const r = results[name]!;
        r.tried++;
        const found = anchorPassage(edited.text, quote, position);
        const ok = edited.at
          ? found !== null &&
            found.start < edited.at.end &&
            edited.at.start < found.end &&
            Math.abs(found.end - found.start - (edited.at.end - edited.at.start)) <=
              (edited.at.end - edited.at.start) * 0.25
          : found === null;
        if (ok) r.found++;
        else if (r.failures.length < 5)
          r.failures.push(
            `${file}: «${quote.exact.slice(0, 50)}…» → ${found ? `«${edited.text.slice(found.start, found.end).slice(0, 50)}»` : 'orphan'}`,
          );
      }
    }
  }
  return results;
}

if (process.argv.includes('--anchors')) console.log(JSON.stringify(anchorBench(), null, 1));
