/**
 * The demo pages: scraped web boilerplate is dropped, line by line and by a named rule;
 * the title, date, byline and every body paragraph of each seed article are kept.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import type { Source } from '../../src/core/facts/schema';
import { type Boilerplate, readArticle } from '../../src/demo/article';
import { seedPage } from '../../src/demo/pages';
import { diskFactBase, factFilesOnDisk, SEEDS_DIR } from '../support/facts';

const TITLE = 'توافق بين بايدن والكاظمي على كبح جماح الميليشيات في العراق';
const BODY = 'وقال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار الاستراتيجي مع الولايات المتحدة مستمر.';
const ruleOf = (line: string) => readArticle(`${TITLE}\n${line}\n${BODY}`).dropped.map((d) => d.rule);

describe('readArticle: the boilerplate rules', () => {
  const cases: [Boilerplate, string][] = [
    ['no-arabic', 'Sorry, you need to enable JavaScript to visit this website.'],
    ['no-arabic', 'Exit mobile version'],
    ['related', 'اقرأ أيضا'],
    ['related', 'اقرأ أيضاً: الكاظمي يلتقي بايدن في البيت الأبيض'],
    ['related', 'إقرأ ايضا | فصائل عراقية تهدد القوات الأميركية'],
    ['related', 'قد يعجبك ايضا'],
    ['related', 'المزيد من الأخبار'],
    ['related', 'يحتوي هذا القسم على المقلات ذات صلة, الموضوعة في (Related Nodes field)'],
    ['label', 'ملخص'],
    ['label', 'إعلان'],
    ['share', 'شارك: فيسبوك تويتر واتساب'],
    ['share', 'Facebook | Twitter | واتساب | نسخ الرابط'],
    [
      'cookies',
      'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك. سنفترض أنك موافق على ذلك ، ولكن يمكنك إلغاء الاشتراك إذا كنت ترغب في ذلك. قبول قراءة المزيد',
    ],
    ['subscribe', 'اشترك في نشرتنا البريدية لتصلك أهم الأخبار'],
    ['footer', '© 2024 جميع الحقوق محفوظة'],
    ['navigation', 'الرئيسية | أخبار | سياسة | اقتصاد | رياضة'],
    ['image-credit', '(رويترز)'],
    ['image-credit', 'أ ف ب'],
    ['image-credit', 'صورة: أرشيف'],
    ['repeated', TITLE],
  ];
  it.each(cases)('drops %s: %s', (rule, line) => {
    expect(ruleOf(line)).toEqual([rule]);
  });

  it('drops a line shown twice, keeping the first', () => {
    const a = readArticle(`${TITLE}\nهجمات متكررة\nهجمات متكررة\n${BODY}`);
    expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'heading', 'paragraph']);
    expect(a.dropped).toEqual([{ text: 'هجمات متكررة', rule: 'repeated' }]);
  });

  it('drops a summary that the next paragraph repeats, punctuation aside', () => {
    const summary = 'قالت أربعة مصادر إن الولايات المتحدة والعراق بصدد بدء محادثات';
    const lead = 'قالت أربعة مصادر، إن الولايات المتحدة والعراق بصدد بدء محادثات، وهي خطوة جديدة.';
    const a = readArticle(`${TITLE}\n${summary}\n${lead}`);
    expect(a.dropped).toEqual([{ text: summary, rule: 'repeated' }]);
    expect(a.blocks.at(-1)?.text).toBe(lead);
  });

  it('keeps article text that only looks like boilerplate', () => {
    const kept = [
      'كما توعدت كتائب حزب الله العراقي قبل يومين، بشن المزيد من الهجمات على القوات الأميركية في المنطقة.',
      'وقال الكاظمي في تغريدة على تويتر إن الحوار مستمر.',
      'وأكد أن العراق لن يشترك في أي محور، وأن الحكومة ستحاسب المسؤولين.',
      'انتقام',
      '"تصعيد غير مسؤول"',
    ];
    const a = readArticle([TITLE, ...kept].join('\n'));
    expect(a.dropped).toEqual([]);
    expect(a.blocks.map((b) => b.text)).toEqual([TITLE, ...kept]);
  });

  it('keeps a photo caption with its credit, as a caption: it can date the story', () => {
    const caption =
      'وزير الخارجية الإسباني مصافحاً نظيره العراقي بعد ختام المؤتمر الصحافي المشترك في بغداد، الخميس 25 يناير الحالي (أ ف ب)';
    const a = readArticle(`${TITLE}\n${caption}\nجنود أميركيون في قاعدة عين الأسد (رويترز)\n${BODY}`);
    expect(a.dropped).toEqual([]);
    expect(a.blocks.map((b) => b.kind)).toEqual(['title', 'caption', 'caption', 'paragraph']);
  });

  it('reads the title, a date line and a byline, and tells headings from paragraphs', () => {
    const a = readArticle(`  \n${TITLE}\n\nالأربعاء 2021/02/24\nبقلم: أحمد السامرائي\nهجمات متكررة\n${BODY}`);
    expect(a.blocks).toEqual([
      { kind: 'title', text: TITLE },
      { kind: 'date', text: 'الأربعاء 2021/02/24' },
      { kind: 'byline', text: 'بقلم: أحمد السامرائي' },
      { kind: 'heading', text: 'هجمات متكررة' },
      { kind: 'paragraph', text: BODY },
    ]);
  });
});

/** What each seed file carries that is not the article, by rule (the seeds stay verbatim). */
const EXPECTED_DROPS: Record<string, [Boilerplate, string][]> = {
  '000_5f5cc481bd84db83.txt': [],
  '001_a599bde84ebe1120.txt': [
    ['related', 'قد يعجبك ايضا'],
    ['cookies', 'يستخدم هذا الموقع ملفات تعريف الارتباط'],
  ],
  '002_17373629d0573b0f.txt': [['repeated', 'هجمات متكررة']],
  '003_408007871d5a714d.txt': [
    ['no-arabic', 'Sorry, you need to enable JavaScript'],
    ['label', 'ملخص'],
    ['repeated', 'قالت أربعة مصادر إن الولايات المتحدة'],
    ['related', 'اقرأ المزيد'],
    ['related', 'يحتوي هذا القسم على المقلات ذات صلة'],
    ['related', 'المزيد من الأخبار'],
  ],
  '004_e4f06ddffdffec4a.txt': [['no-arabic', 'Exit mobile version']],
};

/** Lines of scraped boilerplate, none of which a demo page may show. */
const NEVER_SHOWN = [
  'اقرأ أيضا',
  'اقرأ المزيد',
  'قد يعجبك',
  'المزيد من الأخبار',
  'ملفات تعريف الارتباط',
  'Related Nodes',
  'JavaScript',
  'Exit mobile version',
  'ملخص',
];

const seeds = [...diskFactBase().sources.values()].filter((s): s is Source & { file: string } =>
  Boolean(s.kind === 'seed' && s.file),
);

/** Every quote the fact base cites from each seed file. */
function quotesBySource(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.source === 'string' && typeof o.quote === 'string')
        out.set(o.source, [...(out.get(o.source) ?? []), o.quote]);
      Object.values(o).forEach(walk);
    }
  };
  for (const f of factFilesOnDisk()) walk(f.data);
  return out;
}

describe.each(seeds.map((s) => [s.file, s] as const))('the demo page of %s', (file, source) => {
  const text = readFileSync(join(SEEDS_DIR, file), 'utf8');
  const page = seedPage(source, SEEDS_DIR);
  const { document } = parseHTML(page.html);
  const article = document.querySelector('article');
  const shown = (selector: string) => [...document.querySelectorAll(selector)].map((e) => e.textContent);

  it('drops exactly the boilerplate lines of the seed, each by its rule', () => {
    const { dropped } = readArticle(text);
    const want = EXPECTED_DROPS[file] ?? [];
    expect(dropped.map((d) => d.rule)).toEqual(want.map(([rule]) => rule));
    dropped.forEach((d, i) => expect(d.text.startsWith(want[i]?.[1] ?? '\u0000')).toBe(true));
  });

  it('shows none of the boilerplate, and a repeated line once at most', () => {
    for (const s of NEVER_SHOWN) expect(page.html).not.toContain(s);
    const shownText = article?.textContent ?? '';
    for (const [rule, line] of EXPECTED_DROPS[file] ?? [])
      expect(shownText.split(line).length - 1).toBeLessThanOrEqual(rule === 'repeated' ? 1 : 0);
  });

  it('keeps the title and the date', () => {
    const title = text
      .split('\n')
      .map((l) => l.trim())
      .find((l) => /[\u0600-\u06ff]/.test(l));
    expect(shown('h1')).toEqual([title]);
    expect(document.querySelector('title')?.textContent).toBe(title);
    expect(document.querySelector('time')?.getAttribute('datetime')).toBe(source.date);
  });

  it('keeps every body paragraph, verbatim and in order', () => {
    // A paragraph: a line of at least 60 characters that ends a sentence.
    const paragraphs = text
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l.length >= 60 && /[.:”"،]$/.test(l));
    expect(paragraphs.length).toBeGreaterThan(5);
    expect(shown('article p').filter((p) => paragraphs.includes(p ?? ''))).toEqual(paragraphs);
  });

  it('shows every quote the fact base cites from this seed', () => {
    const quotes = quotesBySource().get(source.id) ?? [];
    expect(quotes.length).toBeGreaterThan(0);
    const shownText = (article?.textContent ?? '').replace(/\s+/g, ' ');
    const missing = quotes.filter((q) => !shownText.includes(q.replace(/\s+/g, ' ')));
    expect(missing).toEqual([]);
  });
});
