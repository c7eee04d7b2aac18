/**
 * How much of a real article the fact base explains: the held-out pages of
 * test/fixtures/heldout-claims, with every named person, body, place and event
 * annotated by someone who never saw the fact base (`*.mentions.json`, entities by
 * canonical English name and Wikidata QID). A measurement, never tuned on.
 *
 *   mentionsGold       named mentions in the pages
 *   mentionsRecall     of those, found as the same entity (a record with the same QID or English name)
 *   mentionsPrecision  of our mentions, those that are a gold mention of the same entity
 *   entitiesCovered    distinct gold entities with a record in the fact base
 * Identity: alignment.json (gold entity → record ids, judged by hand from names and descriptions,
 * never from the matcher's output) when present, else the same QID or English name.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FactBase } from '../../src/core/facts/factbase';
import { compileMatcher } from '../../src/core/match/matcher';

const DIR = join(process.cwd(), 'test/fixtures/heldout-claims');

interface GoldMention {
  quote: string;
  occurrence: number;
  name: string;
  type: string;
  wikidata: string | null;
}

/** «Mustafa al-Kadhimi» and «Mustafa Al Kadhimi» are one name. */
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/\b(?:al|el)[- ]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

export function heldoutMentions(base: FactBase) {
  const matcher = compileMatcher(base);
  // The records a gold entity may be: by QID, and by English label and English aliases.
  const byName = new Map<string, Set<string>>();
  const add = (key: string, id: string) => {
    const set = byName.get(key) ?? new Set<string>();
    set.add(id);
    byName.set(key, set);
  };
  for (const r of base.records.values()) {
    if (r.wikidata) add(r.wikidata, r.id);
    add(norm(r.label.en), r.id);
    for (const a of r.aliases) if (a.lang === 'en') add(norm(a.text), r.id);
  }
  // A hand alignment (gold entity → records, judged from names and descriptions) when there is one.
  let aligned: Record<string, string[]> | null = null;
  try {
    aligned = (
      JSON.parse(readFileSync(join(DIR, 'alignment.json'), 'utf8')) as { aligned: Record<string, string[]> }
    ).aligned;
  } catch {
    aligned = null;
  }
  const recordsOf = (g: GoldMention) =>
    aligned?.[g.name]
      ? new Set(aligned[g.name]!.filter((id) => base.records.has(id)))
      : new Set([...(g.wikidata ? (byName.get(g.wikidata) ?? []) : []), ...(byName.get(norm(g.name)) ?? [])]);
  const pages = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as { file: string }[];
  let gold = 0;
  let found = 0;
  let predicted = 0;
  let correct = 0;
  const entities = new Map<string, boolean>();
  const missed: string[] = [];
  const wrong: string[] = [];
  for (const { file } of pages) {
    const text = readFileSync(join(DIR, file), 'utf8');
    let mentions: GoldMention[];
    try {
      mentions = JSON.parse(readFileSync(join(DIR, file.replace(/\.txt$/, '.mentions.json')), 'utf8'));
    } catch {
      continue;
    }
    const spans = mentions.flatMap((g) => {
      let at = -1;
      for (let k = 0; k < g.occurrence; k++) at = text.indexOf(g.quote, at + 1);
      return at < 0 ? [] : [{ start: at, end: at + g.quote.length, g, ids: recordsOf(g) }];
    });
    const ours = matcher.find(text).mentions;
    for (const s of spans) {
      gold++;
      entities.set(s.g.name, (entities.get(s.g.name) ?? false) || s.ids.size > 0);
      if (ours.some((m) => m.start < s.end && s.start < m.end && s.ids.has(m.entity.id))) found++;
      else missed.push(`${file}: «${s.g.quote}» (${s.g.name})`);
    }
    for (const m of ours) {
      predicted++;
      if (spans.some((s) => m.start < s.end && s.start < m.end && s.ids.has(m.entity.id))) correct++;
      else wrong.push(`${file}: «${m.surface}» → ${m.entity.id}`);
    }
  }
  return {
    mentionsGold: gold,
    mentionsRecall: gold ? +(found / gold).toFixed(3) : null,
    mentionsPredicted: predicted,
    mentionsPrecision: predicted ? +(correct / predicted).toFixed(3) : null,
    entitiesGold: entities.size,
    entitiesCovered: [...entities.values()].filter(Boolean).length,
    missed,
    wrong,
  };
}
