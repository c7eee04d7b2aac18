import { describe, expect, it } from 'vitest';
import { cardModel, TIMELINE_LIMIT } from '../../src/core/card/model';
import { diskFactBase } from '../support/facts';

const base = diskFactBase();

describe('cardModel on the real fact base', () => {
  it('reads a person at the article date and today, with sources', () => {
    const m = cardModel(base, 'kadhimi', '2021-02-24', '2026-11-25');
    expect(m?.label.ar).toBe('مصطفى الكاظمي');
    expect(m?.rolesThen[0]?.status).toBe('current');
    expect(m?.rolesNow[0]?.status).toBe('former');
    expect(m?.rolesNow[0]?.text.ar).toContain('سابقاً');
    for (const line of [...(m?.rolesThen ?? []), ...(m?.affiliations ?? [])]) {
      expect(line.sources.length).toBeGreaterThan(0);
      for (const s of line.sources) expect(s.quote.length).toBeGreaterThan(0);
    }
    expect(m?.event).toBeNull();
  });

  it('marks which sources are seed articles and which are from elsewhere', () => {
    const m = cardModel(base, 'biden', '2021-02-24', '2026-11-25');
    const kinds = new Set(m?.rolesThen.flatMap((l) => l.sources.map((s) => s.kind)));
    expect(kinds).toEqual(new Set(['seed', 'web']));
    const web = m?.rolesThen.flatMap((l) => l.sources).find((s) => s.kind === 'web');
    expect(web?.url).toMatch(/^https?:\/\//);
  });

  it('describes an event: date, places, participants, figures side by side', () => {
    const m = cardModel(base, 'iran-missile-strike-jan-2020', '2021-04-08', '2026-11-25');
    expect(m?.event?.date).toBe('2020-01-08');
    expect(m?.event?.places.map((p) => p.en)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Ain al-Asad/)]),
    );
    const injured = m?.figures.find((g) => g[0]?.kind === 'injured');
    expect(injured?.map((f) => `${f.qualifier} ${f.value}`)).toEqual(expect.arrayContaining(['about 110']));
  });

  it('keeps the timeline short and nearest the article date, oldest first', () => {
    const m = cardModel(base, 'iraq', '2021-04-08', '2026-11-25');
    expect(m?.timeline.length).toBeLessThanOrEqual(TIMELINE_LIMIT);
    const dates = m?.timeline.map((l) => l.date ?? '') ?? [];
    expect([...dates].sort()).toEqual(dates);
  });

  it('works without an article date (roles as of today only)', () => {
    const m = cardModel(base, 'sudani', null, '2026-11-25');
    expect(m?.rolesThen).toEqual([]);
    expect(m?.rolesNow.length).toBeGreaterThan(0);
  });

  it('returns null for an unknown id', () => {
    expect(cardModel(base, 'nobody', null, '2026-11-25')).toBeNull();
  });
});
