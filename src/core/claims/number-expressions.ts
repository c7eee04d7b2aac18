/**
 * Counts as Arabic news writes them, read from folded text: «أكثر من 15 صاروخ»,
 * «نحو 110 جندياً», «ثلاثة صواريخ على الأقل», «صاروخين», «صاروخا واحدا»,
 * «4 من عناصرها», «2500 جندي». A number counts only with a noun that says what
 * it counts; the noun decides which recorded figures it can be compared with.
 */
import type { Qualifier } from '../facts/schema';
import {
  CASUALTY_CONTEXT,
  COUNTED_NOUNS,
  NOUN_REFINEMENTS,
  NUMBER_WORDS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
} from './lexicon';

export interface NumberExpression {
  /** Offsets into the folded text. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** Figure kinds the count can be compared with, most specific first. */
  readonly kinds: readonly string[];
  /** The noun counts soldiers or fighters («جنود», «عناصر»), not the dead or wounded as such. */
  readonly people: boolean;
}

interface Token {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** Words and numbers of folded text; a number glued to a word («60كلم») is split. */
function tokens(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+/gu))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const parseDigits = (t: string) => Number(t.replace(/,/g, ''));

/** The counted noun at token i: bare, with a proclitic («لصواريخ») or a pronoun suffix («عناصرها»). */
function nounAt(tk: readonly Token[], i: number) {
  const t = tk[i]?.text;
  if (!t) return undefined;
  const bare = COUNTED_NOUNS.get(t);
  if (bare || t.length < 4) return bare;
  const unprefixed = t.replace(/^(?:ب|ل|ك|و)/, '');
  return COUNTED_NOUNS.get(unprefixed) ?? COUNTED_NOUNS.get(t.replace(/(?:ها|هم|نا)$/, ''));
}

function qualifierBefore(folded: string, start: number): { qualifier: Qualifier; start: number } {
  const before = folded.slice(Math.max(0, start - 20), start);
  for (const [phrase, qualifier] of QUALIFIERS_BEFORE) {
    const at = before.lastIndexOf(phrase);
    if (at < 0 || before.slice(at + phrase.length).trim() !== '') continue;
    // At a word start, or after one proclitic letter («لأكثر من»).
    const lead = before.slice(0, at);
    if (at === 0 || /[^\p{L}]$/u.test(lead) || /(?:^|[^\p{L}])[وفبل]$/u.test(lead))
      return { qualifier, start: start - before.length + at };
  }
  return { qualifier: 'exact', start };
}

function kindsFor(noun: { kinds: readonly string[] }, folded: string, numStart: number, nounEnd: number) {
  let kinds = noun.kinds;
  if (kinds.includes('troops')) {
    // «إصابة نحو 110 جندياً», «مقتل 4 من عناصرها», «أصيب أربعة جنود»: people counted as casualties.
    const near = folded.slice(Math.max(0, numStart - 30), numStart) + folded.slice(nounEnd, nounEnd + 25);
    const hit = CASUALTY_CONTEXT.find(([w]) => near.includes(w));
    if (hit) kinds = [hit[1]];
  }
  const next = folded.slice(nounEnd, nounEnd + 12);
  for (const [base, word, refined] of NOUN_REFINEMENTS)
    if (kinds.includes(base) && next.trimStart().startsWith(word)) kinds = [refined, ...kinds];
  return kinds;
}

export function findNumbers(folded: string): NumberExpression[] {
  const tk = tokens(folded);
  const out: NumberExpression[] = [];
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    let value: number | undefined;
    let nounIndex = -1;
    if (/^\d/.test(t.text)) {
      value = parseDigits(t.text);
      let j = i + 1;
      if (tk[j]?.text === 'الف' || tk[j]?.text === 'الاف') {
        value *= 1000;
        j++;
      }
      if (tk[j]?.text === 'من') j++; // «4 من عناصرها»
      nounIndex = j;
    } else if (NUMBER_WORDS.has(t.text)) {
      value = NUMBER_WORDS.get(t.text);
      nounIndex = i + 1;
    } else {
      const noun = nounAt(tk, i);
      if (noun?.dual) {
        value = 2;
        nounIndex = i;
      } else if (noun && NUMBER_WORDS.get(tk[i + 1]?.text ?? '') === 1) {
        value = 1; // «صاروخا واحدا»
        nounIndex = i;
      }
    }
    if (value === undefined || !Number.isFinite(value)) continue;
    const noun = nounAt(tk, nounIndex);
    if (!noun) continue;
    // «عام 2020»: a year, not a count.
    if (/^(?:19|20)\d\d$/.test(t.text) && /^(?:ال)?(?:عام|سنه)$/.test(tk[i - 1]?.text ?? '')) continue;
    const first = Math.min(i, nounIndex);
    let end = tk[nounIndex]!.end;
    if (nounIndex === i && NUMBER_WORDS.get(tk[i + 1]?.text ?? '') === 1) end = tk[i + 1]!.end;
    let { qualifier, start } = qualifierBefore(folded, tk[first]!.start);
    const rest = folded.slice(end);
    for (const [phrase, q] of QUALIFIERS_AFTER) {
      const m = new RegExp(`^\\s*(?:\\p{L}+\\s+){0,1}${phrase}`, 'u').exec(rest);
      if (m && qualifier === 'exact') {
        qualifier = q;
        end += m[0].length;
        break;
      }
    }
    const kinds = kindsFor(noun, folded, start, tk[nounIndex]!.end);
    out.push({ start, end, value, qualifier, kinds, people: noun.kinds.includes('troops') });
    i = Math.max(i, nounIndex);
  }
  return out;
}
