/**
 * Builds the fact base from its files: schema validation per file, then the
 * cross-record rules (unique ids, references, alias collisions, calendar
 * dates). Problems are collected, not thrown one at a time, so an author
 * sees every mistake in one run.
 */
import * as v from 'valibot';
import { foldKey } from '../arabic/fold';
import { isRealDate } from './dates';
import { type Alias, type Citation, FactRecord, type PartialDate, type RecordType, Source } from './schema';

export interface FactBase {
  readonly records: ReadonlyMap<string, FactRecord>;
  readonly sources: ReadonlyMap<string, Source>;
}

export class FactBaseError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`fact base has ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
    this.name = 'FactBaseError';
  }
}

/** A fact file's outer shape; its sources and records are checked one by one. */
const FactEnvelope = v.strictObject({
  $comment: v.optional(v.string()),
  sources: v.optional(v.array(v.unknown()), []),
  records: v.optional(v.array(v.unknown()), []),
});

/** `records[3].roles[0].cite` from a valibot issue, under `prefix`. */
function jsonPath(issue: v.BaseIssue<unknown>, prefix = ''): string {
  let out = prefix;
  for (const item of issue.path ?? []) {
    const key = (item as { key: unknown }).key;
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(root)';
}

export interface NamedFile {
  readonly name: string;
  readonly data: unknown;
}

/** Validates and merges fact files; throws FactBaseError listing every problem. */
export function buildFactBase(files: readonly NamedFile[]): FactBase {
  const { base, problems } = readFactBase(files);
  if (problems.length) throw new FactBaseError(problems);
  return base;
}

/** The fact base as far as it can be read, and every problem found (for `siyaq pack check`). */
export function readFactBase(files: readonly NamedFile[]): { base: FactBase; problems: string[] } {
  const problems: string[] = [];
  const records = new Map<string, FactRecord>();
  const sources = new Map<string, Source>();
  const origin = new Map<string, string>();

  /** Each item parsed on its own and kept under its id, unless another file or item has the id. */
  const admit = <T extends { id: string }>(
    name: string,
    list: 'sources' | 'records',
    items: readonly unknown[],
    schema: v.GenericSchema<unknown, T>,
    into: Map<string, T>,
  ) =>
    items.forEach((raw, i) => {
      const parsed = v.safeParse(schema, raw);
      if (!parsed.success) {
        for (const issue of parsed.issues)
          problems.push(`${name}: ${jsonPath(issue, `${list}[${i}]`)}: ${issue.message}`);
        return;
      }
      const x = parsed.output;
      if (origin.has(x.id)) problems.push(`${name}: duplicate id "${x.id}" (also in ${origin.get(x.id)})`);
      else {
        origin.set(x.id, name);
        into.set(x.id, x);
      }
    });

  for (const file of files) {
    // The envelope first, then each source and record on its own: one bad record does not hide
    // the problems of the others.
    const envelope = v.safeParse(FactEnvelope, file.data);
    if (!envelope.success) {
      for (const issue of envelope.issues)
        problems.push(`${file.name}: ${jsonPath(issue)}: ${issue.message}`);
      continue;
    }
    admit(file.name, 'sources', envelope.output.sources, Source, sources);
    admit(file.name, 'records', envelope.output.records, FactRecord, records);
  }
  const base = { records, sources };
  problems.push(...checkReferences(base), ...checkAliases(base));
  return { base, problems };
}

/** Every citation and every record each fact points at must exist; dates must be real. */
function checkReferences(base: FactBase): string[] {
  const problems: string[] = [];
  const { records, sources } = base;
  for (const r of records.values()) {
    const at = (what: string) => `${r.id}: ${what}`;
    const cites = (list: readonly Citation[] | undefined, where: string) => {
      for (const c of list ?? []) {
        if (!sources.has(c.source)) problems.push(at(`${where} cites unknown source "${c.source}"`));
      }
    };
    const ref = (id: string, where: string, types?: readonly RecordType[]) => {
      const target = records.get(id);
      if (!target) problems.push(at(`${where} refers to unknown record "${id}"`));
      else if (types && !types.includes(target.type)) {
        problems.push(at(`${where} refers to "${id}", a ${target.type}, expected ${types.join('/')}`));
      } else if (id === r.id) problems.push(at(`${where} refers to itself`));
    };
    const date = (d: PartialDate | undefined, where: string) => {
      if (d && !isRealDate(d)) problems.push(at(`${where} has impossible date ${d}`));
    };
    const span = (s: { start?: PartialDate; end?: PartialDate }, where: string) => {
      date(s.start, where);
      date(s.end, where);
      if (s.start && s.end && s.start.slice(0, s.end.length) > s.end.slice(0, s.start.length)) {
        problems.push(at(`${where} ends (${s.end}) before it starts (${s.start})`));
      }
    };
    r.aliases.forEach((a, i) => cites(a.cite, `aliases[${i}]`));
    r.roles?.forEach((x, i) => {
      cites(x.cite, `roles[${i}]`);
      if (x.of) ref(x.of, `roles[${i}]`);
      span(x, `roles[${i}]`);
    });
    r.relations?.forEach((x, i) => {
      cites(x.cite, `relations[${i}]`);
      ref(x.target, `relations[${i}] (${x.type})`);
      span(x, `relations[${i}]`);
    });
    r.statements?.forEach((x, i) => {
      cites(x.cite, `statements[${i}]`);
      cites(x.contradictedBy, `statements[${i}].contradictedBy`);
      date(x.date, `statements[${i}]`);
    });
    r.figures?.forEach((x, i) => {
      cites(x.cite, `figures[${i}]`);
      if (x.scope) ref(x.scope, `figures[${i}].scope`);
      date(x.asOf, `figures[${i}]`);
    });
    cites(r.descriptionCite, 'descriptionCite');
    if (r.type === 'event') {
      cites(r.cite, 'cite');
      cites(r.placesCite, 'placesCite');
      span({ start: r.date, ...(r.endDate ? { end: r.endDate } : {}) }, 'date');
      r.places.forEach((p, i) => ref(p, `places[${i}]`, ['place']));
      r.participants.forEach((p, i) => {
        ref(p.id, `participants[${i}] (${p.role})`);
        cites(p.cite, `participants[${i}]`);
      });
      r.related?.forEach((e, i) => ref(e, `related[${i}]`, ['event']));
    }
  }
  return problems;
}

const hasContextRule = (a: Alias) => Boolean(a.notFollowedBy?.length || a.notPrecededBy?.length);

/**
 * No folded alias may belong to two records unless a rule separates them:
 * a negative context on one side, or both weak (then the page decides, or the
 * matcher reports the mention as ambiguous).
 */
function checkAliases(base: FactBase): string[] {
  const problems: string[] = [];
  const owners = new Map<string, { id: string; alias: Alias }[]>();
  for (const r of base.records.values()) {
    const seen = new Set<string>();
    for (const alias of r.aliases) {
      const key = foldKey(alias.text);
      if (!key) {
        problems.push(`${r.id}: alias "${alias.text}" folds to nothing`);
        continue;
      }
      if (alias.kind === 'misspelling' && !alias.correct) {
        problems.push(`${r.id}: misspelling "${alias.text}" needs its correct form`);
      }
      if (seen.has(key)) continue; // the same record may list variants that fold alike
      seen.add(key);
      const list = owners.get(key) ?? [];
      list.push({ id: r.id, alias });
      owners.set(key, list);
    }
  }
  for (const [key, list] of owners) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as (typeof list)[number];
        const b = list[j] as (typeof list)[number];
        const separated =
          hasContextRule(a.alias) ||
          hasContextRule(b.alias) ||
          (a.alias.kind === 'weak' && b.alias.kind === 'weak');
        if (!separated)
          problems.push(`alias "${key}" is claimed by "${a.id}" and "${b.id}" with no rule to separate them`);
      }
    }
  }
  return problems;
}

/** Every quote from a seed source must occur verbatim in that seed's text. */
export function checkSeedQuotes(base: FactBase, seedText: (file: string) => string | undefined): string[] {
  const problems: string[] = [];
  for (const r of base.records.values()) {
    for (const { citation, where } of allCitations(r)) {
      const source = base.sources.get(citation.source);
      if (source?.kind !== 'seed' || !source.file) continue;
      const text = seedText(source.file);
      if (text === undefined) problems.push(`${r.id}: ${where}: seed file ${source.file} is missing`);
      else if (!text.includes(citation.quote)) {
        problems.push(`${r.id}: ${where}: quote not found in ${source.file}: «${citation.quote}»`);
      }
    }
  }
  return problems;
}

/** Every citation a record makes, with where it sits (for messages and counts). */
export function allCitations(r: FactRecord): { citation: Citation; where: string }[] {
  const out: { citation: Citation; where: string }[] = [];
  const add = (list: readonly Citation[] | undefined, where: string) => {
    for (const citation of list ?? []) out.push({ citation, where });
  };
  r.aliases.forEach((a, i) => add(a.cite, `aliases[${i}]`));
  r.roles?.forEach((x, i) => add(x.cite, `roles[${i}]`));
  r.relations?.forEach((x, i) => add(x.cite, `relations[${i}]`));
  r.statements?.forEach((x, i) => {
    add(x.cite, `statements[${i}]`);
    add(x.contradictedBy, `statements[${i}].contradictedBy`);
  });
  r.figures?.forEach((x, i) => add(x.cite, `figures[${i}]`));
  add(r.descriptionCite, 'descriptionCite');
  if (r.type === 'event') {
    add(r.cite, 'cite');
    add(r.placesCite, 'placesCite');
    r.participants.forEach((x, i) => add(x.cite, `participants[${i}]`));
  }
  return out;
}
