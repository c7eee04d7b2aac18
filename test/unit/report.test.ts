/** The editor's claim report as Markdown (ui/report.ts). */
import { describe, expect, it } from 'vitest';
import type { PageReport } from '../../src/messages';
import { reportMarkdown } from '../../src/ui/report';

const report: PageReport = {
  page: 'https://www.aljazeera.net/news/x',
  title: 'البرلمان | والقوات الأجنبية',
  date: '2021-04-08',
  generated: '2026-11-30T10:00:00.000Z',
  claims: [
    {
      text: '6 يناير 2020',
      kind: 'date',
      verdict: 'contradicted',
      subject: {
        id: 'parliament-foreign-forces-vote',
        label: { ar: 'تصويت البرلمان', en: 'Parliament vote' },
      },
      expected: '2020-01-05',
      claimed: { type: 'date', date: '2020-01-06' },
      recorded: [
        {
          value: { type: 'date', date: '2020-01-05' },
          sources: [
            {
              kind: 'seed',
              tier: 2,
              outlet: null,
              title: 'مقال',
              date: null,
              url: 'https://example.org/a',
              quote: 'q',
            },
          ],
        },
      ],
      reason: null,
      mark: 'checked-wrong',
      comment: 'صُحّح\nفي النص',
    },
    {
      text: 'نحو 900 صاروخ',
      kind: 'number',
      verdict: 'unverified',
      subject: null,
      expected: '',
      claimed: { type: 'quantity', value: 900, qualifier: 'about', unit: null, kind: 'missiles' },
      recorded: [],
      reason: 'open-ended-figure',
      mark: null,
      comment: '',
    },
  ],
};

describe('the claim report in Markdown', () => {
  it('lists every claim with its verdict, the recorded value and source, and the editor’s mark', () => {
    const md = reportMarkdown(report, 'ar');
    const rows = md.split('\n').filter((l) => /^\| \d/.test(l));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('مخالف للسجل');
    expect(rows[0]).toContain('5 يناير 2020');
    expect(rows[0]).toContain('https://example.org/a');
    expect(rows[0]).toContain('دُقِّق: خطأ: صُحّح في النص'); // the comment's line break kept out of the table
    expect(rows[1]).toContain('الرقم المسجّل مفتوح');
    expect(md).toContain('البرلمان \\| والقوات الأجنبية'); // page text cannot break the table
    expect(md).toContain('https://www.aljazeera.net/news/x');
  });

  it('is written in English too', () => {
    const md = reportMarkdown(report, 'en');
    expect(md).toContain('# Claim report');
    expect(md).toContain('Checked: wrong');
    expect(md).toContain('8 Apr 2021');
  });
});
