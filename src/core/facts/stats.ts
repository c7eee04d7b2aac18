/** Counts over the fact base, for `siyaq facts` and issue notes. */
import { allCitations, type FactBase } from './factbase';

export interface FactStats {
  records: Record<string, number>;
  aliases: Record<string, number>;
  roles: number;
  relations: number;
  statements: number;
  figures: number;
  citations: number;
  sources: Record<string, number>;
  /** Sources by tier (1 official, 2 news, 3 reference). */
  tiers: Record<string, number>;
  /** Citations by the tier of the source they cite. */
  citationsByTier: Record<string, number>;
}

export function factStats(base: FactBase): FactStats {
  const s: FactStats = {
    records: {},
    aliases: {},
    roles: 0,
    relations: 0,
    statements: 0,
    figures: 0,
    citations: 0,
    sources: {},
    tiers: {},
    citationsByTier: {},
  };
  const bump = (o: Record<string, number>, k: string) => {
    o[k] = (o[k] ?? 0) + 1;
  };
  for (const r of base.records.values()) {
    bump(s.records, r.type);
    for (const a of r.aliases) bump(s.aliases, a.kind);
    s.roles += r.roles?.length ?? 0;
    s.relations += r.relations?.length ?? 0;
    s.statements += r.statements?.length ?? 0;
    s.figures += r.figures?.length ?? 0;
    for (const { citation } of allCitations(r)) {
      s.citations++;
      bump(s.citationsByTier, `tier ${base.sources.get(citation.source)?.tier ?? '?'}`);
    }
  }
  for (const src of base.sources.values()) {
    bump(s.sources, src.kind);
    bump(s.tiers, `tier ${src.tier}`);
  }
  return s;
}
