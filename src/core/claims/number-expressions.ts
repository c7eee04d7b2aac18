/**
 * Counts and amounts as Arabic news writes them, read from folded text:
 * «أكثر من 15 صاروخ», «نحو 110 جندياً», «ثلاثة صواريخ على الأقل», «صاروخين»,
 * «4 من عناصرها», «25 ألف جندي», «ألفين وخمسمئة عنصر», «بين 2000 و3000 هجوم»,
 * «من 10 إلى 15 صاروخاً», «1.5 مليون دولار», «40 في المئة». A number counts only
 * with what it counts (a noun, a currency, a percent sign); that decides which
 * recorded figures it can be compared with.
 */
import type { Qualifier } from '../facts/schema';
import {
  CASUALTY_CONTEXT,
  COUNTED_NOUNS,
  CURRENCIES,
  NOUN_REFINEMENTS,
  NUMBER_WORDS,
  PERCENT_AFTER,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  SCALE_WORDS,
} from './lexicon';

export interface NumberExpression {
  /** Offsets into the folded text. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** The upper end of a range («بين 2000 و3000»); the qualifier is then exact. */
  readonly upper?: number;
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

/** Words and numbers of folded text; a number glued to a word («60كلم», «و3000») is split. */
function tokens(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(/\d+(?:[.,]\d+)*|[\p{L}\p{M}]+/gu))
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** «2,500» is 2500; «1.5» and «1,5» are one and a half. */
function parseDigits(t: string): number {
  if (/^\d{1,3}(?:,\d{3})+$/.test(t)) return Number(t.replace(/,/g, ''));
  return Number(t.replace(',', '.'));
}

/** The counted noun at token i: bare, with a proclitic («لصواريخ») or a pronoun suffix («عناصرها»). */
function nounAt(tk: readonly Token[], i: number) {
  const t = tk[i]?.text;
  if (!t) return undefined;
  const bare = COUNTED_NOUNS.get(t);
  if (bare || t.length < 4) return bare;
  const unprefixed = t.replace(/^(?:ب|ل|ك|و)/, '');
  return COUNTED_NOUNS.get(unprefixed) ?? COUNTED_NOUNS.get(t.replace(/(?:ها|هم|نا)$/, ''));
}

/** A number word, also with «و» before it («وخمسمئة», «وعشرون»). */
function wordValue(t: string, joined: boolean): number | undefined {
  const bare = NUMBER_WORDS.get(t);
  if (bare !== undefined || !joined) return bare;
  return t.startsWith('و') ? NUMBER_WORDS.get(t.slice(1)) : undefined;
}
function scaleOf(t: string, joined: boolean) {
  return SCALE_WORDS.get(t) ?? (joined && t.startsWith('و') ? SCALE_WORDS.get(t.slice(1)) : undefined);
}

/**
 * A numeral from token i: digits with an optional scale word («25 ألف», «1.5 مليون»), or number
 * words that add and multiply («ألفين وخمسمئة», «ثلاثة آلاف», «خمسة وعشرون»). `next` is the first
 * token after it.
 */
function numeralAt(folded: string, tk: readonly Token[], i: number): { value: number; next: number } | null {
  const first = tk[i];
  if (!first) return null;
  if (/^\d/.test(first.text)) {
    let value = parseDigits(first.text);
    if (!Number.isFinite(value)) return null;
    let next = i + 1;
    const scale = SCALE_WORDS.get(tk[next]?.text ?? '');
    if (scale) {
      value *= scale.scale;
      next++;
    }
    return { value, next };
  }
  let total = 0;
  let current = 0;
  let j = i;
  for (; j < tk.length; j++) {
    const t = tk[j]!.text;
    const joined = j > i;
    // Words of one numeral follow each other with «و» or a space, nothing else between.
    if (joined && folded.slice(tk[j - 1]!.end, tk[j]!.start).trim() !== '') break;
    // «أحد عشر»: «أحد» alone is "one of", not a count.
    if (ONE_OF.has(t)) {
      if (tk[j + 1]?.text !== 'عشر' && tk[j + 1]?.text !== 'عشره') break;
      current += 1;
      continue;
    }
    const w = wordValue(t, joined);
    const s = w === undefined ? scaleOf(t, joined) : undefined;
    if (w !== undefined) {
      if (w === 100 && current > 0 && current < 10)
        current *= 100; // «ثلاث مئة»
      else current += w;
    } else if (s) {
      total += (current || s.alone) * s.scale;
      current = 0;
    } else break;
  }
  if (j === i) return null;
  return { value: total + current, next: j };
}

const ONE_OF = new Set(['احد', 'احدي']);

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

/** What a numeral counts, from token j on: a noun (after «من»), a currency, a percent. */
function countedAt(
  folded: string,
  tk: readonly Token[],
  j: number,
  numEnd: number,
): { kinds: readonly string[]; people: boolean; end: number; noun: number } | null {
  if (folded[numEnd] === '%' || folded.slice(numEnd).trimStart().startsWith('%')) {
    return { kinds: ['percent'], people: false, end: folded.indexOf('%', numEnd) + 1, noun: -1 };
  }
  const rest = folded.slice(numEnd, numEnd + 14).trimStart();
  const percent = PERCENT_AFTER.find((p) => rest.startsWith(p));
  if (percent)
    return {
      kinds: ['percent'],
      people: false,
      end: folded.indexOf(percent, numEnd) + percent.length,
      noun: -1,
    };
  const currency = CURRENCIES.get(tk[j]?.text ?? '');
  if (currency) return { kinds: [currency], people: false, end: tk[j]!.end, noun: j };
  if (tk[j]?.text === 'من') j++; // «4 من عناصرها»
  const noun = nounAt(tk, j);
  if (!noun) return null;
  return { kinds: noun.kinds, people: noun.kinds.includes('troops'), end: tk[j]!.end, noun: j };
}

/** Any word a count can start from: most sentences have none, and tokenising them is the cost. */
const ANY_COUNT = new RegExp(
  `\\d|(?:^|[^\\p{L}])[وبل]?(?:${[
    ...NUMBER_WORDS.keys(),
    ...SCALE_WORDS.keys(),
    ...[...COUNTED_NOUNS].filter(([, n]) => n.dual).map(([w]) => w),
  ]
    .sort((a, b) => b.length - a.length)
    .join('|')})(?!\\p{L})`,
  'u',
);

export function findNumbers(folded: string): NumberExpression[] {
  if (!ANY_COUNT.test(folded)) return [];
  const tk = tokens(folded);
  const out: NumberExpression[] = [];
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    let numeral = numeralAt(folded, tk, i);
    let upper: number | undefined;
    let rangeStart: number | undefined;
    if (numeral) {
      // «بين 2000 و3000», «من 10 إلى 15», «10 إلى 15».
      const after = tk[numeral.next]?.text;
      const joiner = after === 'و' || after === 'الي' || after === 'حتي' ? numeral.next + 1 : -1;
      const second = joiner > 0 ? numeralAt(folded, tk, joiner) : null;
      const lead = tk[i - 1]?.text;
      const isRange =
        second &&
        second.value > numeral.value &&
        ((after === 'و' && (lead === 'بين' || lead === 'ما')) || after === 'الي' || after === 'حتي');
      if (isRange) {
        upper = second.value;
        if (lead === 'بين' || lead === 'من') rangeStart = tk[i - 1]!.start;
        numeral = { value: numeral.value, next: second.next };
      }
    } else {
      // «صاروخين», «صاروخا واحدا».
      const noun = nounAt(tk, i);
      if (noun?.dual) numeral = { value: 2, next: i };
      else if (noun && NUMBER_WORDS.get(tk[i + 1]?.text ?? '') === 1) numeral = { value: 1, next: i };
    }
    if (!numeral || !Number.isFinite(numeral.value)) continue;
    // «عام 2020»: a year, not a count.
    if (/^(?:19|20)\d\d$/.test(t.text) && /^(?:ال)?(?:عام|سنه)$/.test(tk[i - 1]?.text ?? '')) continue;
    const numEnd = numeral.next > i ? tk[numeral.next - 1]!.end : t.start;
    const counted = countedAt(folded, tk, numeral.next, numeral.next > i ? numEnd : t.start);
    if (!counted) continue;
    let end = counted.end;
    if (counted.noun === i && NUMBER_WORDS.get(tk[i + 1]?.text ?? '') === 1) end = tk[i + 1]!.end;
    let { qualifier, start } =
      rangeStart !== undefined
        ? { qualifier: 'exact' as Qualifier, start: rangeStart }
        : qualifierBefore(folded, t.start);
    if (upper === undefined) {
      const rest = folded.slice(end);
      for (const [phrase, q] of QUALIFIERS_AFTER) {
        const m = new RegExp(`^\\s*(?:\\p{L}+\\s+){0,1}${phrase}`, 'u').exec(rest);
        if (m && qualifier === 'exact') {
          qualifier = q;
          end += m[0].length;
          break;
        }
      }
    }
    const kinds =
      counted.noun >= 0
        ? kindsFor({ kinds: counted.kinds }, folded, start, tk[counted.noun]!.end)
        : counted.kinds;
    out.push({
      start,
      end,
      value: numeral.value,
      ...(upper !== undefined ? { upper } : {}),
      qualifier,
      kinds,
      people: counted.people,
    });
    while (i + 1 < tk.length && tk[i + 1]!.start < end) i++;
  }
  return out;
}
