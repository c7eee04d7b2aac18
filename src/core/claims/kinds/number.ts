/**
 * Counts and amounts, judged by entailment (tolerance.ts): supported only when
 * a recorded figure about the same thing entails the claim, contradicted when
 * every such figure excludes it, otherwise unverified with the reason. The
 * figures compared are those of the records and events the sentence speaks
 * of, at the time it speaks of.
 */
import { earliest, latest } from '../../facts/dates';
import type { FactBase } from '../../facts/factbase';
import type { FactRecord, Figure } from '../../facts/schema';
import type { ClaimChecker, ClaimReason, Judgement, SentenceContext } from '../claim';
import { addDays, dayInterval } from '../date-expressions';
import { eventInterval, overlaps } from '../events';
import type { NumberExpression } from '../number-expressions';
import { findNumbers } from '../number-expressions';
import { type Bearing, bearing, CONTEMPORANEOUS_DAYS, type Interval, interval } from '../tolerance';

const SIGN: Record<Figure['qualifier'], string> = {
  exact: '',
  'more-than': '>',
  'at-least': '≥',
  about: '~',
  'up-to': '≤',
  'less-than': '<',
};
const qualified = (f: Pick<Figure, 'qualifier' | 'value'>) => `${SIGN[f.qualifier]}${f.value}`;

/** Figure kinds the base records at all: a count of anything else cannot be checked, so it is no claim. */
const kindsCache = new WeakMap<FactBase, ReadonlySet<string>>();
function recordedKinds(base: FactBase): ReadonlySet<string> {
  let kinds = kindsCache.get(base);
  if (!kinds) {
    kinds = new Set([...base.records.values()].flatMap((r) => (r.figures ?? []).map((f) => f.kind)));
    kindsCache.set(base, kinds);
  }
  return kinds;
}

const OWN_FIGURE_ONLY = new Set(['percent', 'money-usd', 'money-iqd', 'money-eur']);

/** When a sentence speaks: the years it names, and the window around the article date. */
interface SentenceTime {
  readonly years: ReadonlySet<string>;
  readonly window: readonly [string, string] | null;
}

/** Is a figure about the same time as the sentence (CONTEMPORANEOUS)? */
function timely(f: Figure, when: SentenceTime): boolean {
  if (!f.asOf) return true;
  if (f.asOf.length === 4 && when.years.has(f.asOf)) return true;
  if (!when.window) return false;
  return earliest(f.asOf) <= when.window[1] && latest(f.asOf) >= when.window[0];
}

const casualty = (f: Figure) => f.kind === 'killed' || f.kind === 'injured';
const SOLDIERS = /جندي|عسكري|عنصر|مقاتل/u;
const unitCache = new Map<string, string>();
function foldedUnitHasSoldiers(f: Figure): boolean {
  let u = unitCache.get(f.unit.ar);
  if (u === undefined) {
    u = f.unit.ar.replace(/[\u064b-\u065f]/g, '');
    unitCache.set(f.unit.ar, u);
  }
  return SOLDIERS.test(u);
}

interface Held {
  readonly r: FactRecord;
  readonly f: Figure;
}

/**
 * Every figure kept for a place, by `${kind} ${scope}`, in the base's order: looked up per count
 * instead of reading every record of the base for each one.
 */
const scopedCache = new WeakMap<FactBase, ReadonlyMap<string, readonly Held[]>>();
function scopedFigures(base: FactBase): ReadonlyMap<string, readonly Held[]> {
  let index = scopedCache.get(base);
  if (!index) {
    const byKey = new Map<string, Held[]>();
    for (const r of base.records.values())
      for (const f of r.figures ?? []) {
        if (!f.scope) continue;
        const key = `${f.kind} ${f.scope}`;
        const list = byKey.get(key);
        if (list) list.push({ r, f });
        else byKey.set(key, [{ r, f }]);
      }
    index = byKey;
    scopedCache.set(base, index);
  }
  return index;
}

function judgeNumber(ctx: SentenceContext, x: NumberExpression): Judgement | null {
  const { base, sentence: s, linked, date: ref, dates } = ctx;
  const known = recordedKinds(base);
  if (!x.kinds.some((k) => known.has(k))) return null;
  const holders = new Map<string, FactRecord>();
  for (const l of linked) holders.set(l.event.id, l.event);
  for (const m of s.mentions) {
    const r = base.records.get(m.entity.id);
    if (r) holders.set(r.id, r);
  }
  // An event is surely what the count is about when the sentence names it, dates it, or it is
  // days-old news; a cue word alone («هجوم» beside «القوات الأميركية») may point at an old event.
  const years = new Set(s.folded.match(/(?<!\d)(?:19|20)\d\d(?!\d)/g) ?? []);
  const spoken: SentenceTime = {
    years: new Set([...years, ...dates.map((d) => d.value.slice(0, 4))]),
    window: ref
      ? [addDays(earliest(ref), -CONTEMPORANEOUS_DAYS), addDays(latest(ref), CONTEMPORANEOUS_DAYS)]
      : null,
  };
  const tied = new Set(
    linked
      .filter(
        (l) =>
          l.direct ||
          dates.some((d) => overlaps(eventInterval(l.event), dayInterval(d.value))) ||
          years.has(l.event.date.slice(0, 4)) ||
          (ref !== null &&
            latest(l.event.endDate ?? l.event.date) >= addDays(earliest(ref), -45) &&
            earliest(l.event.date) <= latest(ref)),
      )
      .map((l) => l.event.id),
  );
  // Casualties belong to one incident: only an event the sentence speaks of can hold them, and
  // soldiers («3 جنود») are compared with counts of soldiers, not with the militia dead.
  const held: Held[] = [...holders.values()].flatMap((r) =>
    (r.figures ?? [])
      .filter(
        (f) =>
          !casualty(f) || (r.type === 'event' && tied.has(r.id) && (!x.people || foldedUnitHasSoldiers(f))),
      )
      .map((f) => ({ r, f })),
  );
  const kind = x.kinds.find((k) => held.some(({ f }) => f.kind === k)) ?? x.kinds[0]!;
  // Percentages and sums of money are everywhere in the news; one is a claim only where a record
  // the sentence names keeps a figure of its kind (a turnout, a budget).
  if (OWN_FIGURE_ONLY.has(kind) && !held.some(({ f }) => f.kind === kind)) return null;
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
  const scoped: readonly Held[] = scope ? (scopedFigures(base).get(`${kind} ${scope}`) ?? []) : [];
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
  const claim: Interval =
    x.upper !== undefined ? { min: x.value, max: x.upper } : interval(x.value, x.qualifier);
  const found = `${x.upper !== undefined ? `${x.value}-${x.upper}` : qualified(x)} ${kind}`;
  const unit = distinct[0]?.f.unit ?? held.find(({ f }) => f.kind === kind)?.f.unit ?? null;
  const claimed = {
    type: 'quantity' as const,
    value: x.value,
    qualifier: x.qualifier,
    ...(x.upper !== undefined ? { upper: x.upper } : {}),
    unit,
    kind,
  };
  // Nearest in time to the article first: its figure is the one the claim most likely means.
  const when = ({ r, f }: Held) => f.asOf ?? (r.type === 'event' ? r.date : undefined);
  const gap = (d: string | undefined) =>
    d && ref ? Math.abs(Date.parse(earliest(d)) - Date.parse(earliest(ref))) : Number.MAX_SAFE_INTEGER;
  const timelyOnes = distinct.filter(({ f }) => timely(f, spoken));
  // Compared only with figures surely about the same thing: an entity's, a tied event's, or one
  // dated near the article (a running count such as attacks since October).
  const comparable = timelyOnes
    .filter(({ r, f }) => r.type !== 'event' || tied.has(r.id) || f.asOf !== undefined)
    .sort((a, b) => gap(when(a)) - gap(when(b)));
  const bearings = new Map<Held, Bearing>(
    comparable.map((h) => [h, bearing(claim, interval(h.f.value, h.f.qualifier), h.f.asOf !== undefined)]),
  );
  const entailing = comparable.find((h) => bearings.get(h) === 'entails');
  const allExclude = comparable.length > 0 && comparable.every((h) => bearings.get(h) === 'contradicts');
  const subject = (entailing ?? comparable[0])?.r;
  const group = comparable.filter(({ r }) => r === subject);
  const recordedOf = ({ f }: Held) => ({
    value: {
      type: 'quantity' as const,
      value: f.value,
      qualifier: f.qualifier,
      unit: f.unit,
      kind: f.kind,
      ...(f.asOf ? { asOf: f.asOf } : {}),
    },
    cite: f.cite,
  });
  const shown = {
    at: { start: x.start, end: x.end },
    kind: 'number' as const,
    found,
    claimed,
    expected: group.map(({ f }) => `${qualified(f)} ${f.kind}`).join(' | '),
    sources: group.flatMap(({ f }) => f.cite),
    recorded: group.map(recordedOf),
  };
  if (subject && entailing) {
    const differ = group.some((h) => bearings.get(h) === 'contradicts');
    return {
      ...shown,
      verdict: 'supported',
      subject: subject.id,
      ...(differ ? { reason: 'sources-differ' } : {}),
    };
  }
  if (subject && allExclude) {
    // FAR: excluded only because it is many times a running count's snapshot.
    const far = comparable.some(
      (h) =>
        h.f.asOf !== undefined && bearing(claim, interval(h.f.value, h.f.qualifier), false) !== 'contradicts',
    );
    return {
      ...shown,
      verdict: 'contradicted',
      subject: subject.id,
      ...(far ? { reason: 'far-from-figures' } : {}),
    };
  }
  if (subject) {
    // Some figure neither entails nor excludes: an open-ended record, or a vaguer one.
    return { ...shown, verdict: 'unverified', subject: subject.id, reason: 'open-ended-figure' };
  }
  const reason: ClaimReason = timelyOnes.length
    ? 'unclear-event'
    : distinct.length
      ? 'figures-other-date'
      : 'no-figure';
  return { ...shown, verdict: 'unverified', subject: null, expected: '', sources: [], recorded: [], reason };
}

export const numberChecker: ClaimChecker = {
  kind: 'number',
  check(ctx) {
    const out: Judgement[] = [];
    for (const n of findNumbers(ctx.sentence.folded)) {
      if (ctx.dates.some((d) => n.start < d.end && d.start < n.end)) continue;
      const j = judgeNumber(ctx, n);
      if (j) out.push(j);
    }
    return out;
  },
};
