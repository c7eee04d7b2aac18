/**
 * Claim checks (the `claims` of docs/cli.md): dates, counts, role titles and names in
 * a text, judged against the fact base. A date or count is a claim only in a
 * sentence that mentions a fact-base record; it is tied to that sentence's
 * events (named, or implied by a cue word beside a participant). Contradicted
 * needs a recorded value that clearly speaks to the same thing; anything less
 * certain is unverified, never contradicted.
 */
import { foldUnits, toOriginal } from '../arabic/fold';
import { earliest, latest, spanStatus, spanYears } from '../facts/dates';
import type { FactBase } from '../facts/factbase';
import { figureRange } from '../facts/query';
import type { Citation, EventRecord, FactRecord, Figure, Qualifier, Role } from '../facts/schema';
import type { Mention } from '../match/matcher';
import type { ClaimKind, Verdict } from '../vocabulary';
import { addDays, type DateExpression, dayInterval, findDates } from './date-expressions';
import { type Bi, formatDay, formatQuantity } from './format';
import { FORMER_WORDS, ROLE_TITLES, roleKey } from './lexicon';
import { findNumbers, type NumberExpression } from './number-expressions';

export type { ClaimKind, Verdict };

export interface RecordedValue {
  /** The recorded value, as the card shows it. */
  readonly text: Bi;
  readonly cite: readonly Citation[];
}

export interface Claim {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: ClaimKind;
  readonly verdict: Verdict;
  /** The record the claim is about, when one could be tied to it. */
  readonly subject: string | null;
  /** The recorded value(s), side by side when sources differ ("" when nothing is recorded). */
  readonly expected: string;
  /** What the text says, normalised (an ISO date, a qualified count, a title). */
  readonly found: string;
  readonly sources: readonly Citation[];
  /** What the text says, for display. */
  readonly claimed: Bi;
  readonly recorded: readonly RecordedValue[];
  /** Why the verdict, when it needs saying (a former role, an unknown article date). */
  readonly note?: Bi;
}

export interface ClaimInput {
  readonly text: string;
  readonly mentions: readonly Mention[];
  /** The article date (YYYY-MM-DD or coarser), or null when unknown. */
  readonly date: string | null;
  /** Block runs (page paragraphs): sentences never cross them. */
  readonly runs?: readonly { start: number; end: number }[];
}

/** Records too general to tie a claim to an event: countries, cities, regions. */
const GENERIC_SUBTYPES = new Set(['country', 'city', 'province', 'region', 'sea']);

interface Sentence {
  readonly start: number;
  readonly end: number;
  readonly mentions: readonly Mention[];
  readonly folded: string;
  /** The whole text the offsets point into. */
  readonly source: string;
  /** Folded offset → original offset (absolute). */
  readonly toOriginal: (s: number, e: number) => { start: number; end: number };
  /** Original offset (absolute) → folded offset. */
  readonly toFolded: (i: number) => number;
}

/** Sentence spans: split at . ! ? ؟ ; and line breaks (not at a decimal point), and at run ends. */
export function sentenceSpans(text: string, runs?: readonly { start: number; end: number }[]) {
  const out: { start: number; end: number }[] = [];
  for (const run of runs ?? [{ start: 0, end: text.length }]) {
    let s = run.start;
    for (let i = run.start; i < run.end; i++) {
      const c = text[i]!;
      const stop =
        c === '\n' ||
        c === '!' ||
        c === '?' ||
        c === '؟' ||
        c === '؛' ||
        (c === '.' && !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '')));
      if (stop) {
        if (i > s) out.push({ start: s, end: i });
        s = i + 1;
      }
    }
    if (run.end > s) out.push({ start: s, end: run.end });
  }
  return out.filter((x) => /\S/.test(text.slice(x.start, x.end)));
}

function sentenceOf(
  text: string,
  span: { start: number; end: number },
  mentions: readonly Mention[],
): Sentence {
  const f = foldUnits(text.slice(span.start, span.end));
  let folded = '';
  for (let i = 0; i < f.length; i += 4096)
    folded += String.fromCharCode(...f.units.subarray(i, Math.min(f.length, i + 4096)));
  return {
    ...span,
    mentions,
    folded,
    source: text,
    toOriginal: (s, e) => {
      const o = toOriginal(f, s, e);
      return { start: o.start + span.start, end: o.end + span.start };
    },
    toFolded: (i) => {
      const rel = i - span.start;
      let lo = 0;
      let hi = f.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((f.src[mid] as number) < rel) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/** An event the sentence speaks of: named outright, or implied by a cue word beside a participant. */
interface Linked {
  readonly event: EventRecord;
  readonly direct: boolean;
  /** Folded offsets of what tied it: the event's name, or the cue word. */
  readonly at: readonly number[];
}

function cueOffsets(folded: string, cue: string): number[] {
  const out: number[] = [];
  for (let i = folded.indexOf(cue); i >= 0; i = folded.indexOf(cue, i + 1)) {
    // At a word start, after at most two proclitic letters («والهجمات», «بالضربات»).
    const before = folded.slice(Math.max(0, i - 4), i);
    if (i === 0 || /(?:^|[^\p{L}])(?:[وفبلك]{0,2}(?:ال)?)$/u.test(before)) out.push(i);
  }
  return out;
}

function linkedEvents(base: FactBase, s: Sentence, date: string | null, cues: CueIndex): Linked[] {
  const out = new Map<string, Linked>();
  for (const m of s.mentions) {
    if (m.entity.type !== 'event') continue;
    const event = base.records.get(m.entity.id) as EventRecord;
    const at = s.toFolded(m.start);
    const prev = out.get(event.id);
    out.set(event.id, { event, direct: true, at: [...(prev?.at ?? []), at] });
  }
  const yearBefore = date ? addDays(earliest(date), -365) : null;
  for (const m of s.mentions) {
    const generic = GENERIC_SUBTYPES.has(base.records.get(m.entity.id)?.subtype ?? '');
    for (const { event, cues: words } of cues.get(m.entity.id) ?? []) {
      if (out.has(event.id)) continue;
      // An event cannot be spoken of before it happened.
      if (date && earliest(event.date) > latest(date)) continue;
      // «العراق» or «بغداد» ties a cue to an event only when the event is recent news at the article date.
      if (generic && (yearBefore === null || latest(event.endDate ?? event.date) < yearBefore)) continue;
      const at = words.flatMap((w) => cueOffsets(s.folded, w));
      if (at.length) out.set(event.id, { event, direct: false, at });
    }
  }
  return [...out.values()];
}

/** For each record, the events it takes part in (or hosts) that have cue words. */
type CueIndex = ReadonlyMap<string, readonly { event: EventRecord; cues: readonly string[] }[]>;

const cueCache = new WeakMap<FactBase, CueIndex>();
function cueIndex(base: FactBase): CueIndex {
  let index = cueCache.get(base);
  if (!index) {
    const byRecord = new Map<string, { event: EventRecord; cues: readonly string[] }[]>();
    for (const r of base.records.values()) {
      if (r.type !== 'event' || !r.cues?.length) continue;
      const entry = { event: r, cues: r.cues.map((c) => foldUnitsKey(c)) };
      for (const id of new Set([...r.participants.map((p) => p.id), ...r.places])) {
        const list = byRecord.get(id);
        if (list) list.push(entry);
        else byRecord.set(id, [entry]);
      }
    }
    index = byRecord;
    cueCache.set(base, index);
  }
  return index;
}

const unitCache = new Map<string, string>();
/** A figure's unit, folded once («جندي أمريكي مصاب» is read for every count of people). */
function foldedUnit(f: Figure): string {
  const cached = unitCache.get(f.unit.ar);
  if (cached !== undefined) return cached;
  const u = foldUnitsKey(f.unit.ar);
  unitCache.set(f.unit.ar, u);
  return u;
}

function foldUnitsKey(s: string): string {
  const f = foldUnits(s);
  return String.fromCharCode(...f.units.subarray(0, f.length)).trim();
}

const overlaps = (a: [string, string], b: [string, string]) => a[0] <= b[1] && b[0] <= a[1];
const eventInterval = (e: EventRecord): [string, string] => [earliest(e.date), latest(e.endDate ?? e.date)];
/** Events dated to the day or month: a year-long dialogue neither confirms nor refutes a day. */
const precise = (e: EventRecord) => !e.endDate && e.date.length >= 7;
const distance = (at: readonly number[], x: DateExpression | NumberExpression) =>
  Math.min(...at.map((a) => (a < x.start ? x.start - a : a - x.end)));

/** How far (folded code units) a cue or name may be from a date for the date to be about it. */
const NEAR = 40;

function checkDate(x: DateExpression, linked: readonly Linked[]): Omit<Claim, 'start' | 'end' | 'text'> {
  const claimed = dayInterval(x.value);
  const found = x.value;
  const claimedText = formatDay(x.value);
  const matching = linked
    .filter(
      (l) =>
        precise(l.event) &&
        l.event.date.length >= x.value.length &&
        overlaps(eventInterval(l.event), claimed),
    )
    .sort((a, b) => Number(b.direct) - Number(a.direct) || distance(a.at, x) - distance(b.at, x));
  // Precise events have no end date (see `precise`): the recorded value is the event's date.
  const judged = (verdict: Verdict, e: EventRecord) => ({
    kind: 'date' as const,
    verdict,
    subject: e.id,
    expected: e.date,
    found,
    sources: e.cite,
    claimed: claimedText,
    recorded: [{ text: formatDay(e.date), cite: e.cite }],
  });
  const hit = matching[0];
  if (hit) return judged('supported', hit.event);
  // Which event is this date about? Only one close by, named outright or (in the same year) implied
  // by a cue. A weekday or a month without its year never contradicts: news dates statements that way
  // as often as events («قال الكاظمي اليوم الخميس إن الجولة الثالثة…»).
  const year = x.value.slice(0, 4);
  const candidates = x.relative
    ? []
    : linked.filter(
        (l) =>
          precise(l.event) &&
          distance(l.at, x) <= NEAR &&
          (l.direct || l.event.date.slice(0, 4) === year) &&
          l.event.date.length >= Math.min(x.value.length, 7),
      );
  if (candidates.length === 1) return judged('contradicted', candidates[0]!.event);
  const nearest = [...linked].sort((a, b) => distance(a.at, x) - distance(b.at, x))[0];
  return {
    kind: 'date',
    verdict: 'unverified',
    subject: nearest?.event.id ?? null,
    expected: '',
    found,
    sources: [],
    claimed: claimedText,
    recorded: [],
    note: linked.length
      ? { ar: 'لا يُعرف أيّ حدث يقصده هذا التاريخ', en: 'not clear which event this date is about' }
      : { ar: 'لا حدث مسجّل في هذه الجملة', en: 'no recorded event in this sentence' },
  };
}

/** When a sentence speaks: the years it names, and the window around the article date. */
interface SentenceTime {
  readonly years: ReadonlySet<string>;
  readonly window: readonly [string, string] | null;
}

/** Is a figure about the same time as the sentence (the article date, or a year the sentence names)? */
function timely(f: Figure, when: SentenceTime): boolean {
  if (!f.asOf) return true;
  if (f.asOf.length === 4 && when.years.has(f.asOf)) return true;
  if (!when.window) return false;
  return earliest(f.asOf) <= when.window[1] && latest(f.asOf) >= when.window[0];
}

function qualified(q: Qualifier, v: number): string {
  const sign: Record<Qualifier, string> = {
    exact: '',
    'more-than': '>',
    'at-least': '≥',
    about: '~',
    'up-to': '≤',
    'less-than': '<',
  };
  return `${sign[q]}${v}`;
}

function checkNumber(
  base: FactBase,
  s: Sentence,
  x: NumberExpression,
  linked: readonly Linked[],
  ref: string | null,
  sentenceDates: readonly DateExpression[],
): Omit<Claim, 'start' | 'end' | 'text'> {
  const holders = new Map<string, FactRecord>();
  for (const l of linked) holders.set(l.event.id, l.event);
  for (const m of s.mentions) {
    const r = base.records.get(m.entity.id);
    if (r) holders.set(r.id, r);
  }
  // Casualties belong to one incident: only an event the sentence speaks of can hold them, and
  // soldiers («3 جنود») are compared with counts of soldiers, not with the militia dead.
  const casualty = (f: Figure) => f.kind === 'killed' || f.kind === 'injured';
  const soldiers = /جندي|عسكري|عنصر|مقاتل/u;
  // An event is surely what the count is about when the sentence names it, dates it, or it is
  // days-old news; a cue word alone («هجوم» beside «القوات الأميركية») may point at an old event.
  const years = new Set(s.folded.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []);
  const spoken: SentenceTime = {
    years: new Set([...years, ...sentenceDates.map((d) => d.value.slice(0, 4))]),
    window: ref ? [addDays(earliest(ref), -62), addDays(latest(ref), 62)] : null,
  };
  const tied = new Set(
    linked
      .filter(
        (l) =>
          l.direct ||
          sentenceDates.some((d) => overlaps(eventInterval(l.event), dayInterval(d.value))) ||
          years.has(l.event.date.slice(0, 4)) ||
          (ref !== null &&
            latest(l.event.endDate ?? l.event.date) >= addDays(earliest(ref), -45) &&
            earliest(l.event.date) <= latest(ref)),
      )
      .map((l) => l.event.id),
  );
  const held = [...holders.values()].flatMap((r) =>
    (r.figures ?? [])
      .filter(
        (f) =>
          !casualty(f) ||
          (r.type === 'event' && tied.has(r.id) && (!x.people || soldiers.test(foldedUnit(f)))),
      )
      .map((f) => ({ r, f })),
  );
  const kind = x.kinds.find((k) => held.some(({ f }) => f.kind === k)) ?? x.kinds[0]!;
  // A place named right after the count narrows it («900 جندي في سوريا»); so does the one place
  // in the sentence that figures of this kind are kept for.
  const places = s.mentions.filter((m) => m.entity.type === 'place');
  const scopes = new Set(held.filter(({ f }) => f.kind === kind && f.scope).map(({ f }) => f.scope!));
  const named = places.filter((m) => scopes.has(m.entity.id)).map((m) => m.entity.id);
  const scope =
    places.find((m) => {
      const at = s.toFolded(m.start);
      return at >= x.end && at - x.end <= 6;
    })?.entity.id ?? (new Set(named).size === 1 ? named[0] : undefined);
  // With a scope, figures for that place anywhere in the base count: «2500 جندي في العراق».
  const scoped = scope
    ? [...base.records.values()].flatMap((r) =>
        (r.figures ?? []).filter((f) => f.kind === kind && f.scope === scope).map((f) => ({ r, f })),
      )
    : [];
  const seen = new Set<string>();
  const mentioned = new Set(s.mentions.map((m) => m.entity.id));
  const distinct = [...held, ...scoped].filter(({ f }) => {
    if (f.kind !== kind) return false;
    // A figure for one place speaks to a count about that place only.
    if (f.scope && (scope ? f.scope !== scope : !mentioned.has(f.scope))) return false;
    // The same figure kept on an event and on its participant is one figure.
    const key = `${f.value}|${f.qualifier}|${f.scope ?? ''}|${f.asOf ?? ''}|${f.cite[0]?.source}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const range = figureRange({ value: x.value, qualifier: x.qualifier });
  const found = `${qualified(x.qualifier, x.value)} ${kind}`;
  const unit = distinct[0]?.f.unit ?? held.find(({ f }) => f.kind === kind)?.f.unit ?? { ar: '', en: kind };
  const claimed = formatQuantity(x.value, x.qualifier, unit);
  // Nearest in time to the article first: its figure is the one the claim most likely means.
  const when = ({ r, f }: { r: FactRecord; f: Figure }) =>
    f.asOf ?? (r.type === 'event' ? r.date : undefined);
  const gap = (d: string | undefined) =>
    d && ref ? Math.abs(Date.parse(earliest(d)) - Date.parse(earliest(ref))) : Number.MAX_SAFE_INTEGER;
  const timelyOnes = distinct.filter(({ f }) => timely(f, spoken));
  // Compared only with figures surely about the same thing: an entity's, a tied event's, or one
  // dated near the article (a running count such as attacks since October).
  const comparable = timelyOnes
    .filter(({ r, f }) => r.type !== 'event' || tied.has(r.id) || f.asOf !== undefined)
    .sort((a, b) => gap(when(a)) - gap(when(b)));
  // Compare with one record's figures: one that agrees, else the nearest in time.
  const agrees = comparable.find(({ f }) => {
    const r = figureRange(f);
    return r.min <= range.max && range.min <= r.max;
  });
  const subject = (agrees ?? comparable[0])?.r;
  const group = comparable.filter(({ r }) => r === subject);
  const recorded = group.map(({ f }) => ({
    text: formatQuantity(f.value, f.qualifier, f.unit),
    cite: f.cite,
  }));
  const expected = group.map(({ f }) => `${qualified(f.qualifier, f.value)} ${f.kind}`).join(' | ');
  const sources = group.flatMap(({ f }) => f.cite);
  const base_ = { kind: 'number' as const, found, claimed, expected, sources, recorded };
  if (subject) return { ...base_, verdict: agrees ? 'supported' : 'contradicted', subject: subject.id };
  return {
    ...base_,
    verdict: 'unverified',
    subject: null,
    expected: '',
    sources: [],
    recorded: [],
    note: timelyOnes.length
      ? { ar: 'لا يُعرف أيّ حدث يقصده هذا الرقم', en: 'not clear which event this count is about' }
      : distinct.length
        ? { ar: 'الأرقام المسجّلة تخص تاريخاً آخر', en: 'the recorded figures are for another date' }
        : { ar: 'لا رقم مسجّل لهذا', en: 'no recorded figure for this' },
  };
}

/** Every title phrase, longest first, to its role key (the first key listing it wins). */
const TITLE_KEY = new Map<string, string>();
for (const [key, phrases] of ROLE_TITLES)
  for (const p of phrases) if (!TITLE_KEY.has(p)) TITLE_KEY.set(p, key);
const TITLE_ALT = [...TITLE_KEY.keys()].sort((a, b) => b.length - a.length).join('|');
// At a word start, or after one proclitic («ورئيس الوزراء»); never inside a word («القائد» is not «قائد»).
const TITLE_BEFORE = new RegExp(`(?<!\\p{L})[وفبل]?(${TITLE_ALT})(?!\\p{L})`, 'gu');
const TITLE_AFTER = new RegExp(`^\\s*,?\\s*(${TITLE_ALT})(?!\\p{L})`, 'u');

/** A role title written beside a person's name: before it, or right after it. */
function titleBeside(
  s: Sentence,
  m: Mention,
  prevEnd: number,
): { start: number; end: number; key: string } | null {
  const at = s.toFolded(m.start);
  // Before the name, back to the previous person named (never across another name).
  const from = Math.max(prevEnd, at - 70);
  const before = s.folded.slice(from, at);
  let best: { start: number; end: number; key: string } | null = null;
  for (const x of before.matchAll(TITLE_BEFORE)) {
    const phrase = x[1]!;
    const i = x.index + x[0].length - phrase.length;
    // «الناطق باسم القائد العام»: a title inside another title's «باسم …» is not the person's.
    if (/باسم\s+$/u.test(before.slice(0, i))) continue;
    // The title nearest the name wins.
    best = { start: from + i, end: from + i + phrase.length, key: TITLE_KEY.get(phrase)! };
  }
  if (best) return best;
  // «جعفر الحسيني المتحدث العسكري باسم…».
  const endAt = s.toFolded(m.end);
  const after = TITLE_AFTER.exec(s.folded.slice(endAt, endAt + 40));
  if (!after) return null;
  const phrase = after[1]!;
  return {
    start: endAt + after[0].length - phrase.length,
    end: endAt + after[0].length,
    key: TITLE_KEY.get(phrase)!,
  };
}

function checkRole(
  base: FactBase,
  s: Sentence,
  m: Mention,
  title: { start: number; end: number; key: string },
  date: string | null,
  linked: readonly Linked[],
): Omit<Claim, 'start' | 'end' | 'text'> {
  const person = base.records.get(m.entity.id)!;
  const o = s.toOriginal(title.start, title.end);
  const titleText = s.source.slice(o.start, o.end);
  const saysFormer = FORMER_WORDS.some((w) =>
    s.folded.slice(title.start, s.toFolded(m.end) + 12).includes(w),
  );
  const roles = (person.roles ?? []).filter((r) => roleKey(r.title.ar) === title.key);
  const found = `${titleText}${saysFormer ? ' (السابق)' : ''}`;
  const claimed = {
    ar: `${titleText}${saysFormer ? ' السابق' : ''}`,
    en: `${title.key.replace(/-/g, ' ')}${saysFormer ? ' (former)' : ''}`,
  };
  const recordedOf = (r: Role): RecordedValue => {
    const years = spanYears(r);
    return {
      text: {
        ar: years.ar ? `${r.title.ar} (${years.ar})` : r.title.ar,
        en: years.en ? `${r.title.en} (${years.en})` : r.title.en,
      },
      cite: r.cite,
    };
  };
  if (!roles.length) {
    return {
      kind: 'role',
      verdict: 'unverified',
      subject: person.id,
      expected: '',
      found,
      sources: [],
      claimed,
      recorded: [],
      note: { ar: 'لا منصب مسجّلاً بهذا اللقب', en: 'no recorded role with this title' },
    };
  }
  const expectedOf = (rs: readonly Role[]) =>
    rs.map((r) => `${r.title.ar}${spanYears(r).ar ? ` (${spanYears(r).ar})` : ''}`).join(' | ');
  /** The claim judged against these recorded roles. */
  const judged = (verdict: Verdict, rs: readonly Role[], note?: Bi) => ({
    kind: 'role' as const,
    verdict,
    subject: person.id,
    expected: expectedOf(rs),
    found,
    sources: rs.flatMap((r) => r.cite),
    claimed,
    recorded: rs.map(recordedOf),
    ...(note ? { note } : {}),
  });
  if (!date)
    return judged('unverified', roles, { ar: 'تاريخ المقال غير معروف', en: 'the article date is unknown' });
  // The time the title speaks of: a named event in the sentence («اغتيال … قائد فيلق القدس»), else the article date.
  const times = [date, ...linked.filter((l) => precise(l.event)).map((l) => l.event.date)];
  const statusAt = (r: Role) => times.map((t) => spanStatus(r, t));
  const held = roles.filter((r) => statusAt(r).includes(saysFormer ? 'former' : 'current'));
  if (held.length) return judged('supported', held);
  // The dead keep the title they died in («قائد فيلق القدس قاسم سليماني» after January 2020).
  const deaths = new Set(
    [...base.records.values()].flatMap((r) =>
      r.type === 'event' && r.participants.some((p) => p.id === person.id && p.role === 'victim')
        ? [r.date]
        : [],
    ),
  );
  const diedIn = saysFormer
    ? []
    : roles.filter((r) => r.end !== undefined && deaths.has(r.end) && spanStatus(r, date) !== 'future');
  if (diedIn.length)
    return judged('supported', diedIn, {
      ar: 'المنصب الذي شغله حتى مقتله',
      en: 'the role held until their death',
    });
  const status = spanStatus(roles[0]!, date);
  const note: Bi =
    status === 'former'
      ? { ar: 'كان يشغل المنصب سابقاً', en: 'held this role before the article date' }
      : status === 'future'
        ? { ar: 'لم يكن قد تولّى المنصب بعد', en: 'did not hold this role yet at the article date' }
        : { ar: 'ما زال يشغل المنصب', en: 'still held this role at the article date' };
  return judged('contradicted', roles, note);
}

export function checkClaims(base: FactBase, input: ClaimInput): Claim[] {
  const { text, date } = input;
  const mentions = [...input.mentions].sort((a, b) => a.start - b.start);
  const claims: Claim[] = [];
  const cues = cueIndex(base);
  // Names: a known misspelling is a claim wherever it is.
  for (const m of mentions) {
    if (m.aliasKind !== 'misspelling' || !m.correct) continue;
    const alias = base.records
      .get(m.entity.id)
      ?.aliases.find((a) => a.kind === 'misspelling' && a.correct === m.correct);
    claims.push({
      start: m.start,
      end: m.end,
      text: m.surface,
      kind: 'name',
      verdict: 'contradicted',
      subject: m.entity.id,
      expected: m.correct,
      found: m.surface,
      sources: alias?.cite ?? [],
      claimed: { ar: m.surface, en: m.surface },
      recorded: [{ text: { ar: m.correct, en: m.entity.label.en }, cite: alias?.cite ?? [] }],
      note: { ar: 'خطأ معروف في كتابة الاسم', en: 'a known misspelling of the name' },
    });
  }
  let mi = 0;
  for (const span of sentenceSpans(text, input.runs)) {
    while (mi < mentions.length && mentions[mi]!.start < span.start) mi++;
    let mj = mi;
    while (mj < mentions.length && mentions[mj]!.end <= span.end) mj++;
    if (mj === mi) continue; // no record named: nothing here is a claim
    const s = sentenceOf(text, span, mentions.slice(mi, mj));
    mi = mj;
    const linked = linkedEvents(base, s, date, cues);
    const emit = (
      x: { start: number; end: number },
      result: Omit<Claim, 'start' | 'end' | 'text'> | null,
    ) => {
      if (!result) return;
      const o = s.toOriginal(x.start, x.end);
      claims.push({ start: o.start, end: o.end, text: text.slice(o.start, o.end), ...result });
    };
    const dates = findDates(s.folded, date);
    for (const d of dates) emit(d, checkDate(d, linked));
    for (const n of findNumbers(s.folded)) {
      if (dates.some((d) => n.start < d.end && d.start < n.end)) continue;
      emit(n, checkNumber(base, s, n, linked, date, dates));
    }
    let prevPersonEnd = 0;
    for (const m of s.mentions) {
      if (m.entity.type !== 'person') continue;
      const title = titleBeside(s, m, prevPersonEnd);
      prevPersonEnd = s.toFolded(m.end);
      if (title) {
        const result = checkRole(base, s, m, title, date, linked);
        const startF = Math.min(title.start, s.toFolded(m.start));
        const endF = Math.max(title.end, s.toFolded(m.end));
        emit({ start: startF, end: endF }, result);
      }
    }
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
