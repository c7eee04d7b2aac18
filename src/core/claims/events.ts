/**
 * Which events a sentence tells of: named outright, or implied by one of the
 * event's cue words («اغتيال», «قصف») beside a participant or place it names.
 * Dates and counts are judged against these events only.
 */
import { foldKey } from '../arabic/fold';
import { earliest, latest } from '../facts/dates';
import type { FactBase } from '../facts/factbase';
import type { EventRecord } from '../facts/schema';
import { addDays } from './date-expressions';
import type { Sentence } from './sentences';

/** An event the sentence speaks of. */
export interface Linked {
  readonly event: EventRecord;
  /** Named outright (an alias of the event), not only implied by a cue word. */
  readonly direct: boolean;
  /** Folded offsets of what tied it: the event's name, or the cue word. */
  readonly at: readonly number[];
}

/** Records too general to tie a claim to an event: countries, cities, regions. */
const GENERIC_SUBTYPES = new Set(['country', 'city', 'province', 'region', 'sea']);

export const isGeneric = (base: FactBase, id: string) =>
  GENERIC_SUBTYPES.has(base.records.get(id)?.subtype ?? '');

/** Events by their cue words, and the records each event involves (participants and places). */
interface CueIndex {
  readonly byCue: ReadonlyMap<string, readonly EventRecord[]>;
  readonly members: ReadonlyMap<string, readonly string[]>;
  /** The cues by their first PREFIX letters (all of a shorter one, see `keyAt`), each with its place in `byCue`'s order. */
  readonly byPrefix: ReadonlyMap<number, readonly { readonly cue: string; readonly order: number }[]>;
  /** The lengths of those keys: PREFIX, and any shorter cue's. */
  readonly keyLengths: readonly number[];
  /** 1 at the UTF-16 code of every cue's first letter: most of a sentence's offsets are ruled out by it. */
  readonly firstLetters: Uint8Array;
}

/** Letters of a cue that key it: every bundled cue has at least three. */
const PREFIX = 3;

/** The `n` (at most PREFIX) code units of `s` at `i` as a number: a key without making a string. */
function keyAt(s: string, i: number, n: number): number {
  let k = 0;
  for (let x = 0; x < n; x++) k = k * 0x10000 + s.charCodeAt(i + x);
  return k * 4 + n; // 2^48 · 4 stays an exact integer
}

const cueCache = new WeakMap<FactBase, CueIndex>();
function cueIndex(base: FactBase): CueIndex {
  let index = cueCache.get(base);
  if (!index) {
    const byCue = new Map<string, EventRecord[]>();
    const members = new Map<string, string[]>();
    for (const r of base.records.values()) {
      if (r.type !== 'event' || !r.cues?.length) continue;
      members.set(r.id, [...new Set([...r.participants.map((p) => p.id), ...r.places])]);
      for (const cue of new Set(r.cues.map(foldKey))) {
        const list = byCue.get(cue);
        if (list) list.push(r);
        else byCue.set(cue, [r]);
      }
    }
    const byPrefix = new Map<number, { cue: string; order: number }[]>();
    const keyLengths = new Set<number>();
    const firstLetters = new Uint8Array(0x10000);
    for (const [order, cue] of [...byCue.keys()].entries()) {
      firstLetters[cue.charCodeAt(0)] = 1;
      const n = Math.min(PREFIX, cue.length);
      const key = keyAt(cue, 0, n);
      keyLengths.add(n);
      const list = byPrefix.get(key);
      if (list) list.push({ cue, order });
      else byPrefix.set(key, [{ cue, order }]);
    }
    index = { byCue, members, byPrefix, keyLengths: [...keyLengths], firstLetters };
    cueCache.set(base, index);
  }
  return index;
}

const isLetter = (c: number) =>
  (c >= 0x0621 && c <= 0x064a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** The proclitic letters a cue may follow inside a word: و ف ب ل ك («والهجمات», «بالضربات»). */
const PROCLITICS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]);

/**
 * The offsets where a cue may start in the word that starts at `w`: `w` itself, after one or two
 * proclitic letters, and after «ال» at the last of those. Into `out`, ascending: «ال» is no
 * proclitic, so nothing comes after it.
 */
function cueStarts(folded: string, w: number, out: number[]): void {
  out.length = 0;
  for (let p = w; p <= w + 2 && p < folded.length; p++) {
    out.push(p);
    if (folded.startsWith('ال', p)) out.push(p + 2);
    if (!PROCLITICS.has(folded.charCodeAt(p))) break;
  }
}

/**
 * The cue words in a folded sentence, in the index's order, each with the offsets where it starts
 * a word (after at most two proclitic letters and «ال»). Only the few offsets at each word start
 * are looked at, and cues are looked up there by their first letters: testing every cue against
 * every sentence (`includes`) was 40% of the claim checks' time on a 1 MB page, and then testing
 * every offset for a word start was the largest part left.
 */
export function cuesIn(base: FactBase, folded: string): [cue: string, at: number[]][] {
  const { byPrefix, keyLengths, firstLetters } = cueIndex(base);
  const found = new Map<number, [string, number[]]>();
  const starts: number[] = [];
  for (let w = 0; w < folded.length; w++) {
    if (w > 0 && isLetter(folded.charCodeAt(w - 1))) continue;
    cueStarts(folded, w, starts);
    for (const i of starts) {
      if (!firstLetters[folded.charCodeAt(i)]) continue;
      for (const n of keyLengths) {
        if (i + n > folded.length) continue;
        for (const { cue, order } of byPrefix.get(keyAt(folded, i, n)) ?? []) {
          if (!folded.startsWith(cue, i)) continue;
          const seen = found.get(order);
          if (seen) seen[1].push(i);
          else found.set(order, [cue, [i]]);
        }
      }
    }
  }
  return [...found].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
}

export function linkedEvents(base: FactBase, s: Sentence, date: string | null): Linked[] {
  const out = new Map<string, Linked>();
  for (const m of s.mentions) {
    if (m.entity.type !== 'event') continue;
    const event = base.records.get(m.entity.id) as EventRecord;
    const at = s.toFolded(m.start);
    const prev = out.get(event.id);
    out.set(event.id, { event, direct: true, at: [...(prev?.at ?? []), at] });
  }
  // Cue words first (few are in any sentence), then the events they name whose people or places
  // the sentence mentions.
  const { byCue, members } = cueIndex(base);
  const mentioned = new Set(s.mentions.map((m) => m.entity.id));
  const yearBefore = date ? addDays(earliest(date), -365) : null;
  const implied = new Map<string, { event: EventRecord; at: number[] }>();
  for (const [cue, at] of cuesIn(base, s.folded)) {
    for (const event of byCue.get(cue) ?? []) {
      if (out.has(event.id)) continue;
      // An event cannot be spoken of before it happened.
      if (date && earliest(event.date) > latest(date)) continue;
      const involved = members.get(event.id)!.filter((id) => mentioned.has(id));
      if (!involved.length) continue;
      // «العراق» or «بغداد» ties a cue to an event only when the event is recent news at the article date.
      const recent = yearBefore !== null && latest(event.endDate ?? event.date) >= yearBefore;
      if (!recent && involved.every((id) => isGeneric(base, id))) continue;
      const prev = implied.get(event.id);
      if (prev) prev.at.push(...at);
      else implied.set(event.id, { event, at: [...at] });
    }
  }
  for (const { event, at } of implied.values()) out.set(event.id, { event, direct: false, at });
  return [...out.values()];
}

export const eventInterval = (e: EventRecord): [string, string] => [
  earliest(e.date),
  latest(e.endDate ?? e.date),
];
/** Events dated to the day or month: a year-long dialogue neither confirms nor refutes a day. */
export const precise = (e: EventRecord) => !e.endDate && e.date.length >= 7;
/** Folded distance from what tied an event to a span of the sentence. */
export const distance = (at: readonly number[], x: { start: number; end: number }) =>
  Math.min(...at.map((a) => (a < x.start ? x.start - a : a - x.end)));
export const overlaps = (a: readonly [string, string], b: readonly [string, string]) =>
  a[0] <= b[1] && b[0] <= a[1];
