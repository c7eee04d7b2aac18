/**
 * Role titles beside a person's name («رئيس الوزراء العراقي مصطفى الكاظمي»,
 * «جعفر الحسيني المتحدث العسكري باسم…»), judged against the roles that person
 * held at the time the sentence speaks of. A title belongs to the name beside
 * it only: it never reaches across another name (recorded or not), a clause,
 * or an apposition that names someone else.
 */
import { spanStatus, spanYears } from '../../facts/dates';
import type { FactRecord, Role } from '../../facts/schema';
import type { Mention } from '../../match/matcher';
import type { ClaimChecker, ClaimReason, Judgement, RecordedValue, SentenceContext, Verdict } from '../claim';
import { precise } from '../events';
import { CLAUSE_WORDS, FORMER_WORDS, ROLE_TITLES, roleKey, TITLE_GAP_WORDS } from '../lexicon';

/** Every title phrase, longest first, to its role key (the first key listing it wins). */
const TITLE_KEY = new Map<string, string>();
for (const [key, phrases] of ROLE_TITLES)
  for (const p of phrases) if (!TITLE_KEY.has(p)) TITLE_KEY.set(p, key);
const TITLE_ALT = [...TITLE_KEY.keys()].sort((a, b) => b.length - a.length).join('|');
// At a word start, or after one proclitic («ورئيس الوزراء»); never inside a word («القائد» is not «قائد»).
const TITLE_BEFORE = new RegExp(`(?<!\\p{L})[وفبل]?(${TITLE_ALT})(?!\\p{L})`, 'gu');
const TITLE_AFTER = new RegExp(`^\\s*[,،]?\\s*(${TITLE_ALT})(?!\\p{L})`, 'u');

interface Title {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

/**
 * May words between a title and a name (or after a title that follows a name) belong to the title?
 * Only qualifiers of a title may stand there: nationality and other «ال…ي» adjectives, «في/باسم» and
 * the names of bodies and places, ranks, «السابق». Any other word may be another person's name or a
 * clause («قال», «إن»), and the title stops there.
 */
function titleWords(
  s: SentenceContext['sentence'],
  from: number,
  to: number,
  bodies: readonly [number, number][],
) {
  let text = '';
  let last = from;
  for (const [a, b] of bodies) {
    if (b <= from || a >= to) continue;
    text += `${s.folded.slice(last, Math.max(last, a))} `;
    last = Math.min(to, b);
  }
  text += s.folded.slice(last, to);
  let commas = 0;
  for (const w of text.split(/\s+/)) {
    if (!w) continue;
    const word = w.replace(/^[«“"(]+|[»”")]+$/gu, '');
    if (word === '' || word === '-') continue;
    if (word === ',' || word === '،') {
      if (++commas > 1) return false;
      continue;
    }
    const bare = word.replace(/[,،]$/u, '');
    if (bare !== word && ++commas > 1) return false;
    if (TITLE_GAP_WORDS.has(bare) || TITLE_GAP_WORDS.has(bare.replace(/^[وبل]/u, ''))) continue;
    // «العراقي», «الأميركية», «الثوري», «النيابية»: an adjective of the title.
    if (/^(?:[بل]?ال|لل)\p{L}{2,}(?:ي|يه|يين|يون)$/u.test(bare)) continue;
    return false;
  }
  return true;
}

/** A role title written beside a person's name: before it, or right after it. */
function titleBeside(
  s: SentenceContext['sentence'],
  m: Mention,
  prevEnd: number,
  nextStart: number,
  bodies: readonly [number, number][],
): Title | null {
  const at = s.toFolded(m.start);
  // Before the name, back to the previous person named (never across another name).
  const from = Math.max(prevEnd, at - 70);
  const before = s.folded.slice(from, at);
  let best: Title | null = null;
  for (const x of before.matchAll(TITLE_BEFORE)) {
    const phrase = x[1]!;
    const i = x.index + x[0].length - phrase.length;
    // «الناطق باسم القائد العام»: a title inside another title's «باسم …» is not the person's.
    if (/باسم\s+$/u.test(before.slice(0, i))) continue;
    if (!titleWords(s, from + i + phrase.length, at, bodies)) continue;
    // The title nearest the name wins.
    best = { start: from + i, end: from + i + phrase.length, key: TITLE_KEY.get(phrase)! };
  }
  if (best) return best;
  // «جعفر الحسيني المتحدث العسكري باسم…», unless the title is the next person's («… ورئيس الوزراء محمد…»).
  const endAt = s.toFolded(m.end - 1) + 1;
  const after = TITLE_AFTER.exec(s.folded.slice(endAt, endAt + 40));
  if (!after) return null;
  const phrase = after[1]!;
  const title = { start: endAt + after[0].length - phrase.length, end: endAt + after[0].length };
  if (nextStart >= title.end && titleWords(s, title.end, nextStart, bodies)) return null;
  // A word after the title that is neither part of it nor a clause may be an unrecorded name: the
  // title is that person's, and must not be judged against this one.
  const following = /^\s*([\p{L}]+)/u.exec(s.folded.slice(title.end));
  const word = following?.[1];
  const inBody = bodies.some(([a, b]) => a <= title.end + 1 && b > title.end + 1);
  if (
    word &&
    !inBody &&
    !CLAUSE_WORDS.has(word) &&
    !titleWords(s, title.end, title.end + 1 + word.length, bodies)
  )
    return null;
  return { ...title, key: TITLE_KEY.get(phrase)! };
}

const recordedOf = (r: Role): RecordedValue => ({
  value: {
    type: 'role',
    title: r.title,
    ...(r.start ? { start: r.start } : {}),
    ...(r.end ? { end: r.end } : {}),
  },
  cite: r.cite,
});

function judgeRole(ctx: SentenceContext, person: FactRecord, m: Mention, title: Title): Judgement {
  const { base, sentence: s, date, linked } = ctx;
  const o = s.toOriginal(title.start, title.end);
  const titleText = s.source.slice(o.start, o.end);
  const nameEnd = s.toFolded(m.end - 1) + 1;
  const saysFormer = FORMER_WORDS.some((w) =>
    s.folded.slice(Math.min(title.start, nameEnd), Math.max(title.end, nameEnd) + 12).includes(w),
  );
  const roles = (person.roles ?? []).filter((r) => roleKey(r.title.ar) === title.key);
  const at = { start: Math.min(title.start, s.toFolded(m.start)), end: Math.max(title.end, nameEnd) };
  const claimed = { type: 'title' as const, text: titleText, key: title.key, former: saysFormer };
  const judged = (verdict: Verdict, rs: readonly Role[], reason?: ClaimReason): Judgement => ({
    at,
    kind: 'role',
    verdict,
    subject: person.id,
    expected: rs.map((r) => `${r.title.ar}${spanYears(r).ar ? ` (${spanYears(r).ar})` : ''}`).join(' | '),
    found: `${titleText}${saysFormer ? ' (السابق)' : ''}`,
    sources: rs.flatMap((r) => r.cite),
    claimed,
    recorded: rs.map(recordedOf),
    ...(reason ? { reason } : {}),
  });
  if (!roles.length) return judged('unverified', [], 'no-role-with-title');
  if (!date) return judged('unverified', roles, 'article-date-unknown');
  // The time the title speaks of: a named event in the sentence («اغتيال … قائد فيلق القدس»), else the article date.
  const times = [date, ...linked.filter((l) => precise(l.event)).map((l) => l.event.date)];
  const held = roles.filter((r) =>
    times.some((t) => spanStatus(r, t) === (saysFormer ? 'former' : 'current')),
  );
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
  if (diedIn.length) return judged('supported', diedIn, 'role-held-until-death');
  const status = spanStatus(roles[0]!, date);
  return judged(
    'contradicted',
    roles,
    status === 'former' ? 'role-former' : status === 'future' ? 'role-future' : 'role-still-held',
  );
}

export const roleChecker: ClaimChecker = {
  kind: 'role',
  check(ctx) {
    const { base, sentence: s } = ctx;
    const out: Judgement[] = [];
    const people = s.mentions.filter((m) => m.entity.type === 'person');
    // Bodies and places may sit inside a title («قائد فيلق القدس», «السفيرة الأميركية في بغداد»).
    const bodies: [number, number][] = s.mentions
      .filter((m) => m.entity.type !== 'person')
      .map((m) => [s.toFolded(m.start), s.toFolded(m.end - 1) + 1]);
    let prevEnd = 0;
    people.forEach((m, i) => {
      const next = people[i + 1];
      const title = titleBeside(s, m, prevEnd, next ? s.toFolded(next.start) : -1, bodies);
      prevEnd = s.toFolded(m.end - 1) + 1;
      const person = base.records.get(m.entity.id);
      if (title && person) out.push(judgeRole(ctx, person, m, title));
    });
    return out;
  },
};
