/** Names: a known misspelling of a record's name («جون بايدن») is contradicted wherever it is. */
import type { ClaimChecker, Judgement } from '../claim';

export const nameChecker: ClaimChecker = {
  kind: 'name',
  check({ base, sentence: s }) {
    const out: Judgement[] = [];
    for (const m of s.mentions) {
      if (m.aliasKind !== 'misspelling' || !m.correct) continue;
      const alias = base.records
        .get(m.entity.id)
        ?.aliases.find((a) => a.kind === 'misspelling' && a.correct === m.correct);
      const cite = alias?.cite ?? [];
      out.push({
        at: { start: s.toFolded(m.start), end: s.toFolded(m.end - 1) + 1 },
        kind: 'name',
        verdict: 'contradicted',
        subject: m.entity.id,
        expected: m.correct,
        found: m.surface,
        sources: cite,
        claimed: { type: 'name', text: { ar: m.surface, en: m.surface } },
        recorded: [{ value: { type: 'name', text: { ar: m.correct, en: m.entity.label.en } }, cite }],
        reason: 'known-misspelling',
      });
    }
    return out;
  },
};
