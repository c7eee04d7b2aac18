/**
 * Finds mentions of fact-base records in Arabic (and English) text.
 *
 * 1. Fold the text (offset map kept) and run every alias stem through one automaton.
 * 2. Keep a hit only at a word boundary, allowing proclitics (و ف ب ك ل, ال, لل)
 *    on the left and nothing on the right; apply the alias's negative contexts.
 * 3. Resolve: longest first, no overlaps; weak aliases only for records with a
 *    strong mention on the page; a hit several records share is resolved by the
 *    page or reported as ambiguous with its candidates, never guessed.
 */
import { type FoldedUnits, foldKey, foldUnits, toOriginal } from '../arabic/fold';
import type { FactBase } from '../facts/factbase';
import type { AliasKind, FactRecord, RecordType } from '../facts/schema';
import { type Automaton, compileAutomaton } from './automaton';
import { DEFINITE_PREFIXES, INDEFINITE_PREFIXES, isArabicLetter, isWordUnit, MAX_PREFIX, splitArticle } from './clitics';

export interface MentionEntity {
  readonly id: string;
  readonly type: RecordType;
  readonly label: { readonly ar: string; readonly en: string };
  readonly wikidata: string | null;
}

export interface Mention {
  /** UTF-16 offsets into the text as given. */
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly entity: MentionEntity;
  readonly aliasKind: AliasKind;
  /** For a known misspelling: the correct form. */
  readonly correct?: string;
}

export interface AmbiguousMention {
  readonly start: number;
  readonly end: number;
  readonly surface: string;
  readonly candidates: readonly MentionEntity[];
}

export interface MatchResult {
  readonly mentions: Mention[];
  readonly ambiguous: AmbiguousMention[];
}

/** One alias as the matcher needs it. */
export interface AliasEntry {
  readonly entity: MentionEntity;
  readonly kind: AliasKind;
  readonly definite: boolean;
  readonly correct?: string;
  readonly notFollowedBy: readonly string[];
  readonly notPrecededBy: readonly string[];
}

export interface MatchOptions {
  /** Records already known to be on the page (from other text blocks): their weak aliases count. */
  readonly present?: ReadonlySet<string>;
}

export interface Matcher {
  readonly aliasCount: number;
  find(text: string, options?: MatchOptions): MatchResult;
}

export function entityOf(r: FactRecord): MentionEntity {
  return { id: r.id, type: r.type, label: r.label, wikidata: r.wikidata };
}

/** Compiles every alias of every record in the fact base. */
export function compileMatcher(base: FactBase): Matcher {
  const aliases: { text: string; entry: Omit<AliasEntry, 'definite'> }[] = [];
  for (const r of base.records.values()) {
    const entity = entityOf(r);
    for (const a of r.aliases) {
      aliases.push({
        text: a.text,
        entry: {
          entity,
          kind: a.kind,
          ...(a.correct ? { correct: a.correct } : {}),
          notFollowedBy: (a.notFollowedBy ?? []).map(foldKey),
          notPrecededBy: (a.notPrecededBy ?? []).map(foldKey),
        },
      });
    }
  }
  return compileAliases(aliases);
}

/** Compiles a list of aliases (the fact base's, or synthetic ones for benchmarks). */
export function compileAliases(aliases: readonly { text: string; entry: Omit<AliasEntry, 'definite'> }[]): Matcher {
  const byStem = new Map<string, AliasEntry[]>();
  for (const { text, entry } of aliases) {
    const { definite, stem } = splitArticle(foldKey(text));
    if (!stem) continue;
    const list = byStem.get(stem) ?? [];
    // Variants that fold alike («الأميركي»/«الاميركي») collapse into one entry per record.
    if (!list.some((e) => e.entity.id === entry.entity.id && e.definite === definite && e.kind === entry.kind)) {
      list.push({ ...entry, definite });
    }
    byStem.set(stem, list);
  }
  const stems = [...byStem.keys()];
  const entries = stems.map((s) => byStem.get(s) as AliasEntry[]);
  const automaton = compileAutomaton(stems);
  return {
    aliasCount: aliases.length,
    find: (text, options) => findMentions(automaton, entries, text, options?.present),
  };
}

interface Candidate {
  /** Folded span of the mention, article included. */
  start: number;
  end: number;
  entries: AliasEntry[];
  weak: boolean;
}

function findMentions(
  automaton: Automaton,
  entries: readonly AliasEntry[][],
  text: string,
  present: ReadonlySet<string> = new Set(),
): MatchResult {
  const f = foldUnits(text);
  const candidates: Candidate[] = [];
  automaton.scan(f.units, f.length, (key, end) => {
    const c = accept(f, automaton.keys[key] as string, entries[key] as AliasEntry[], end);
    if (c) candidates.push(c);
  });

  // Longest first (then leftmost); a position belongs to at most one mention.
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(f.length);
  const free = (c: Candidate) => {
    for (let i = c.start; i < c.end; i++) if (taken[i]) return false;
    return true;
  };
  const take = (c: Candidate) => taken.fill(1, c.start, c.end);

  const mentions: Mention[] = [];
  const ambiguous: AmbiguousMention[] = [];
  const onPage = new Set(present);
  const unresolved: Candidate[] = [];

  const emit = (c: Candidate, entry: AliasEntry) => {
    const { start, end } = toOriginal(f, c.start, c.end);
    mentions.push({
      start,
      end,
      surface: text.slice(start, end),
      entity: entry.entity,
      aliasKind: entry.kind,
      ...(entry.correct ? { correct: entry.correct } : {}),
    });
    onPage.add(entry.entity.id);
  };

  // Strong and misspelled forms first: they establish which records are on the page.
  for (const c of candidates) {
    if (c.weak || !free(c)) continue;
    take(c);
    const ids = new Set(c.entries.map((e) => e.entity.id));
    if (ids.size === 1) emit(c, c.entries[0] as AliasEntry);
    else unresolved.push(c);
  }
  // Weak forms, and strong forms several records share: the page decides, or we say we cannot.
  for (const c of candidates) {
    if (!c.weak || !free(c)) continue;
    take(c);
    unresolved.push(c);
  }
  for (const c of unresolved) {
    const backed = c.entries.filter((e) => onPage.has(e.entity.id));
    const ids = new Set(backed.map((e) => e.entity.id));
    if (ids.size === 1) emit(c, backed[0] as AliasEntry);
    else if (!c.weak || ids.size > 1) {
      const { start, end } = toOriginal(f, c.start, c.end);
      const all = ids.size > 1 ? backed : c.entries;
      const candidatesList = [...new Map(all.map((e) => [e.entity.id, e.entity])).values()];
      ambiguous.push({ start, end, surface: text.slice(start, end), candidates: candidatesList });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
  ambiguous.sort((a, b) => a.start - b.start);
  return { mentions, ambiguous };
}

/** Checks one automaton hit against word boundaries, clitics and negative contexts. */
function accept(f: FoldedUnits, stem: string, list: readonly AliasEntry[], end: number): Candidate | null {
  const u = f.units;
  const start = end - stem.length;
  // Right: the word must end here (no suffixes: «حماسه» is not «حماس»).
  if (end < f.length && isWordUnit(u[end] as number)) return null;
  // Left: walk back over Arabic letters to the word start; those letters are the proclitic chain.
  let ws = start;
  if (isArabicLetter(stem.charCodeAt(0))) {
    while (ws > 0 && isArabicLetter(u[ws - 1] as number) && start - ws <= MAX_PREFIX) ws--;
  }
  if (ws > 0 && isWordUnit(u[ws - 1] as number)) return null;
  const prefix = String.fromCharCode(...u.subarray(ws, start));

  const kept: AliasEntry[] = [];
  let mentionStart = start;
  for (const e of list) {
    if (e.definite) {
      if (!DEFINITE_PREFIXES.has(prefix)) continue;
      mentionStart = start - (prefix.endsWith('لل') ? 1 : 2); // highlight the article with the name
    } else if (!INDEFINITE_PREFIXES.has(prefix) || (prefix && stem.length < 3)) continue;
    if (e.notFollowedBy.some((w) => wordAt(f, end, w))) continue;
    if (e.notPrecededBy.some((w) => wordBefore(f, ws, w))) continue;
    kept.push(e);
  }
  if (!kept.length) return null;
  return { start: mentionStart, end, entries: kept, weak: kept.every((e) => e.kind === 'weak') };
}

/** Does folded word `w` follow position `at` (after one space), ending at a word boundary? */
function wordAt(f: FoldedUnits, at: number, w: string): boolean {
  let i = at;
  if (f.units[i] === 0x20) i++;
  if (i + w.length > f.length) return false;
  for (let k = 0; k < w.length; k++) if (f.units[i + k] !== w.charCodeAt(k)) return false;
  const after = i + w.length;
  return after >= f.length || !isWordUnit(f.units[after] as number);
}

/** Does folded word `w` end just before position `at` (before one space), starting at a word boundary? */
function wordBefore(f: FoldedUnits, at: number, w: string): boolean {
  let i = at;
  if (i > 0 && f.units[i - 1] === 0x20) i--;
  const s = i - w.length;
  if (s < 0) return false;
  for (let k = 0; k < w.length; k++) if (f.units[s + k] !== w.charCodeAt(k)) return false;
  return s === 0 || !isWordUnit(f.units[s - 1] as number);
}
