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
import {
  type FoldedUnits,
  type FoldScratch,
  foldAndScan,
  foldKey,
  newScratch,
  toOriginal,
} from '../arabic/fold';
import type { FactBase } from '../facts/factbase';
import type { AliasKind, FactRecord, RecordType } from '../facts/schema';
import { ALIAS_KINDS } from '../vocabulary';
import {
  type Automaton,
  type AutomatonTables,
  automatonFromTables,
  compileAutomaton,
  compileTables,
} from './automaton';
import {
  DEFINITE_PREFIXES,
  INDEFINITE_PREFIXES,
  isArabicLetter,
  isWordUnit,
  MAX_PREFIX,
  MERGED_LAM_PREFIXES,
  prefixCode,
  splitArticle,
} from './clitics';

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
  /**
   * Runs of text a mention must stay inside (sorted, original offsets): block
   * boundaries on a page. Without them the whole text is one run.
   */
  readonly runs?: readonly { start: number; end: number }[];
}

export interface Matcher {
  readonly aliasCount: number;
  find(text: string, options?: MatchOptions): MatchResult;
}

export function entityOf(r: FactRecord): MentionEntity {
  return { id: r.id, type: r.type, label: r.label, wikidata: r.wikidata };
}

/** Bump when the shape of `CompiledMatcher` changes: stored copies of an older shape are rebuilt. */
export const MATCHER_FORMAT = 2;

/**
 * A compiled matcher as plain data: typed arrays and a few strings, built once per pack set in the
 * background and kept in IndexedDB. Alias entries are packed into typed arrays too (structured
 * clone copies those at memory speed, while 100,000 small objects take a quarter of a second), and
 * `matcherFrom` turns a key's entries back into objects only when the key is first hit.
 */
export interface CompiledMatcher {
  readonly format: typeof MATCHER_FORMAT;
  readonly aliasCount: number;
  readonly automaton: AutomatonTables;
  /** The records entries point at. */
  readonly ids: readonly string[];
  /** The entries of automaton key k are entryStart[k] … entryStart[k + 1] - 1. */
  readonly entryStart: Int32Array;
  /** Per entry: the index of its record in `ids`. */
  readonly entryRecord: Int32Array;
  /** Per entry: its alias kind (index in ALIAS_KINDS), plus 4 when the alias has the article. */
  readonly entryFlags: Uint8Array;
  /** The few entries with a correct form or context words, by entry index. */
  readonly extras: readonly (readonly [number, EntryExtras])[];
}

type EntryExtras = Pick<AliasEntry, 'notFollowedBy' | 'notPrecededBy'> & { readonly correct?: string };

const DEFINITE_FLAG = 4;

type AliasInput = { text: string; entry: Omit<AliasEntry, 'definite'> };

function aliasesOf(base: FactBase): AliasInput[] {
  const aliases: AliasInput[] = [];
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
  return aliases;
}

/** Compiles every alias of every record in the fact base. */
export function compileMatcher(base: FactBase): Matcher {
  return compileAliases(aliasesOf(base));
}

/** Compiles the fact base's aliases into their storable form. */
export function compileMatcherTables(base: FactBase): CompiledMatcher {
  const aliases = aliasesOf(base);
  const { stems, entries } = groupByStem(aliases);
  const ids: string[] = [];
  const idIndex = new Map<string, number>();
  const total = entries.reduce((n, list) => n + list.length, 0);
  const entryStart = new Int32Array(entries.length + 1);
  const entryRecord = new Int32Array(total);
  const entryFlags = new Uint8Array(total);
  const extras: [number, EntryExtras][] = [];
  let e = 0;
  entries.forEach((list, k) => {
    entryStart[k] = e;
    for (const entry of list) {
      let r = idIndex.get(entry.entity.id);
      if (r === undefined) {
        r = ids.push(entry.entity.id) - 1;
        idIndex.set(entry.entity.id, r);
      }
      entryRecord[e] = r;
      entryFlags[e] = ALIAS_KINDS.indexOf(entry.kind) | (entry.definite ? DEFINITE_FLAG : 0);
      if (entry.correct || entry.notFollowedBy.length || entry.notPrecededBy.length) {
        const { notFollowedBy, notPrecededBy, correct } = entry;
        extras.push([e, { notFollowedBy, notPrecededBy, ...(correct ? { correct } : {}) }]);
      }
      e++;
    }
  });
  entryStart[entries.length] = e;
  return {
    format: MATCHER_FORMAT,
    aliasCount: aliases.length,
    automaton: compileTables(stems),
    ids,
    entryStart,
    entryRecord,
    entryFlags,
    extras,
  };
}

/** A matcher over stored tables; null when they do not fit the base (a record they name is gone). */
export function matcherFrom(compiled: CompiledMatcher, base: FactBase): Matcher | null {
  const entities: MentionEntity[] = [];
  for (const id of compiled.ids) {
    const r = base.records.get(id);
    if (!r) return null;
    entities.push(entityOf(r));
  }
  const extras = new Map(compiled.extras);
  const { entryStart, entryRecord, entryFlags } = compiled;
  const cache: AliasEntry[][] = [];
  const entriesOf = (key: number): AliasEntry[] => {
    let list = cache[key];
    if (!list) {
      list = [];
      for (let e = entryStart[key] as number; e < (entryStart[key + 1] as number); e++) {
        const flags = entryFlags[e] as number;
        const extra = extras.get(e);
        list.push({
          entity: entities[entryRecord[e] as number] as MentionEntity,
          kind: ALIAS_KINDS[flags & 3] as AliasKind,
          definite: (flags & DEFINITE_FLAG) !== 0,
          notFollowedBy: extra?.notFollowedBy ?? [],
          notPrecededBy: extra?.notPrecededBy ?? [],
          ...(extra?.correct ? { correct: extra.correct } : {}),
        });
      }
      cache[key] = list;
    }
    return list;
  };
  return newMatcher(automatonFromTables(compiled.automaton), entriesOf, compiled.aliasCount);
}

/** Compiles a list of aliases (the fact base's, or synthetic ones for benchmarks). */
export function compileAliases(aliases: readonly AliasInput[]): Matcher {
  const { stems, entries } = groupByStem(aliases);
  return newMatcher(compileAutomaton(stems), (key) => entries[key] as AliasEntry[], aliases.length);
}

/** One automaton key per folded stem, with every alias entry it stands for. */
function groupByStem(aliases: readonly AliasInput[]): { stems: string[]; entries: AliasEntry[][] } {
  const byStem = new Map<string, AliasEntry[]>();
  for (const { text, entry } of aliases) {
    const { definite, stem } = splitArticle(foldKey(text));
    if (!stem) continue;
    const list = byStem.get(stem) ?? [];
    // Variants that fold alike («الأميركي»/«الاميركي») collapse into one entry per record.
    if (
      !list.some((e) => e.entity.id === entry.entity.id && e.definite === definite && e.kind === entry.kind)
    ) {
      list.push({ ...entry, definite });
    }
    byStem.set(stem, list);
  }
  return { stems: [...byStem.keys()], entries: [...byStem.values()] };
}

function newMatcher(
  automaton: Automaton,
  entriesOf: (key: number) => AliasEntry[],
  aliasCount: number,
): Matcher {
  const scratch = newScratch(); // reused: a matcher folds one text at a time
  return {
    aliasCount,
    find: (text, options) => findMentions(automaton, entriesOf, text, scratch, options),
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
  entriesOf: (key: number) => AliasEntry[],
  text: string,
  scratch: FoldScratch,
  options: MatchOptions = {},
): MatchResult {
  const f = foldAndScan(text, automaton.scanner, scratch);
  const candidates: Candidate[] = [];
  const inOneRun = runChecker(f, options.runs);
  const { out, dict, keys } = automaton;
  for (let h = 0; h < f.hitCount; h++) {
    const end = f.hits[h * 2 + 1] as number;
    for (let s = f.hits[h * 2] as number; s >= 0; s = dict[s] as number) {
      const key = out[s] as number;
      const c = accept(f, keys[key] as string, entriesOf(key), end);
      if (c && inOneRun(c)) candidates.push(c);
    }
  }

  // Leftmost, then longest: a name nested in a longer one («حزب الله» in «كتائب حزب الله»)
  // loses to it. Hits arrive ordered by end, so this sort sees nearly sorted input.
  sortNearlySorted(candidates);
  const mentions: Mention[] = [];
  const ambiguous: AmbiguousMention[] = [];
  const onPage = new Set(options.present);
  const unresolved: Candidate[] = [];

  const emit = (c: Candidate, entry: AliasEntry) => {
    const { start, end } = toOriginal(f, c.start, c.end);
    const m: { -readonly [K in keyof Mention]: Mention[K] } = {
      start,
      end,
      surface: text.slice(start, end),
      entity: entry.entity,
      aliasKind: entry.kind,
    };
    if (entry.correct) m.correct = entry.correct;
    mentions.push(m);
    onPage.add(entry.entity.id);
  };

  // Strong and misspelled forms first: they establish which records are on the page.
  const strong: Candidate[] = [];
  let lastEnd = 0;
  for (const c of candidates) {
    if (c.weak || c.start < lastEnd) continue;
    lastEnd = c.end;
    strong.push(c);
    if (oneRecord(c.entries)) emit(c, c.entries[0] as AliasEntry);
    else unresolved.push(c);
  }
  // Weak forms where no strong one sits: the page decides, or we say we cannot.
  let s = 0;
  lastEnd = 0;
  for (const c of candidates) {
    if (!c.weak || c.start < lastEnd) continue;
    while (s < strong.length && (strong[s] as Candidate).end <= c.start) s++;
    if (s < strong.length && (strong[s] as Candidate).start < c.end) continue;
    lastEnd = c.end;
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
  if (unresolved.length) mentions.sort((a, b) => a.start - b.start);
  ambiguous.sort((a, b) => a.start - b.start);
  return { mentions, ambiguous };
}

/** Insertion sort by (start, longest first): linear on the nearly sorted hits the scan yields. */
function sortNearlySorted(list: Candidate[]): void {
  for (let i = 1; i < list.length; i++) {
    const c = list[i] as Candidate;
    let j = i - 1;
    while (j >= 0) {
      const p = list[j] as Candidate;
      if (p.start < c.start || (p.start === c.start && p.end >= c.end)) break;
      list[j + 1] = p;
      j--;
    }
    list[j + 1] = c;
  }
}

function oneRecord(entries: readonly AliasEntry[]): boolean {
  const id = (entries[0] as AliasEntry).entity.id;
  for (let i = 1; i < entries.length; i++) if ((entries[i] as AliasEntry).entity.id !== id) return false;
  return true;
}

/** A predicate: does a folded candidate span lie inside one run? */
function runChecker(f: FoldedUnits, runs: MatchOptions['runs']): (c: Candidate) => boolean {
  if (!runs?.length) return () => true;
  return (c) => {
    const s = f.src[c.start] as number;
    const e = f.src[c.end - 1] as number;
    let lo = 0;
    let hi = runs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((runs[mid] as { start: number }).start <= s) lo = mid;
      else hi = mid - 1;
    }
    const run = runs[lo] as { start: number; end: number };
    return run.start <= s && e < run.end;
  };
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
  const prefix = prefixCode(u, ws, start);

  let kept: AliasEntry[] | null = null; // stays null while every entry passes: no allocation
  let mentionStart = start;
  for (let k = 0; k < list.length; k++) {
    const e = list[k] as AliasEntry;
    let ok = true;
    if (e.definite) {
      if (DEFINITE_PREFIXES.has(prefix))
        mentionStart = start - (MERGED_LAM_PREFIXES.has(prefix) ? 1 : 2); // the article too
      else ok = false;
    } else if (!INDEFINITE_PREFIXES.has(prefix) || (prefix !== 0 && stem.length < 3)) ok = false;
    if (ok && e.notFollowedBy.length && e.notFollowedBy.some((w) => wordAt(f, end, w))) ok = false;
    if (ok && e.notPrecededBy.length && e.notPrecededBy.some((w) => wordBefore(f, ws, w))) ok = false;
    if (!ok && !kept) kept = list.slice(0, k);
    else if (ok && kept) kept.push(e);
  }
  const entries = kept ?? (list as AliasEntry[]);
  if (!entries.length) return null;
  let weak = true;
  for (const e of entries) if (e.kind !== 'weak') weak = false;
  return { start: mentionStart, end, entries, weak };
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
