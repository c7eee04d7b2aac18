/**
 * Claim checks, table-driven: every checkable claim in the five seeds (each
 * judged against the fact base built from them), altered copies that must be
 * contradicted, date and number forms, and sentences that hold no claim.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/core/arabic/fold';
import { type Claim, checkClaims } from '../../src/core/claims/check';
import { findDates } from '../../src/core/claims/date-expressions';
import { findNumbers } from '../../src/core/claims/number-expressions';
import { bearing, interval } from '../../src/core/claims/tolerance';
import { compileMatcher } from '../../src/core/match/matcher';
import { bundledFactBase } from '../../src/facts/bundled';

const base = bundledFactBase();
const matcher = compileMatcher(base);
const SEEDS = join(import.meta.dirname, '../../src/facts/seeds');

const check = (text: string, date: string | null): Claim[] =>
  checkClaims(base, { text, mentions: matcher.find(text).mentions, date });
const row = (c: Claim) => [c.text, c.kind, c.verdict, c.subject];

/** [claim text, kind, verdict, subject], in text order, at the seed's publication date. */
const SEED_CLAIMS: Record<string, [string, string, string, string | null][]> = {
  'seed-000': [
    ['الرئيس الأميركي، جو بايدن', 'role', 'supported', 'biden'],
    ['رئيس الوزراء العراقي، مصطفى الكاظمي', 'role', 'supported', 'kadhimi'],
    ['أمين حزب الله المعروف بأبو حسين الحميداوي', 'role', 'supported', 'abu-hussein-hamidawi'],
    ['الرئيس الأميركي بايدن', 'role', 'supported', 'biden'],
    ['الرئيس الأمريكي جون بايدن', 'role', 'supported', 'biden'],
    ['جون بايدن', 'name', 'contradicted', 'biden'],
    ['رئيس الحكومة العراقية مصطفى الكاظمي', 'role', 'supported', 'kadhimi'],
    ['يونيو 2021', 'date', 'supported', 'us-strikes-jun-2021'],
    ['الرئيس الأمريكي، جو بايدن', 'role', 'supported', 'biden'],
    ['27 يونيو 2021', 'date', 'supported', 'us-strikes-jun-2021'],
    ['موقعين', 'number', 'supported', 'us-strikes-jun-2021'],
    ['27 يونيو', 'date', 'supported', 'us-strikes-jun-2021'],
    ['4 من عناصرها', 'number', 'supported', 'us-strikes-jun-2021'],
  ],
  'seed-001': [
    ['رئيس الوزارء العراقي مصطفى الكاظمي', 'role', 'supported', 'kadhimi'],
    ['اليوم الخميس', 'date', 'unverified', 'strategic-dialogue-round-3'],
    ['أمس  الأربعاء', 'date', 'supported', 'strategic-dialogue-round-3'],
    ['الناطق باسم القائد العام اللواء يحيى رسول', 'role', 'supported', 'yahya-rasool'],
    ['رئيس مجلس الوزراء مصطفى الكاظمي', 'role', 'supported', 'kadhimi'],
    ['قائد فيلق القدس بالحرس الثوري الإيراني إسماعيل قاآني', 'role', 'supported', 'qaani'],
    ['الثلاثاء', 'date', 'unverified', 'coordination-committee-statement-apr-2021'],
    ['المتحدث العسكري باسم حركة عصائب أهل الحق جواد الطليباوي', 'role', 'supported', 'jawad-talibawi'],
    ['عضو كتلة الصادقون النيابية حسن سالم', 'role', 'supported', 'hassan-salem'],
    ['3-4-2021', 'date', 'unverified', 'us-iraq-strategic-dialogue'],
    ['السابع من أبريل- نيسان', 'date', 'unverified', 'us-iraq-strategic-dialogue'],
    ['5 يناير/كانون الثاني 2020', 'date', 'supported', 'parliament-foreign-forces-vote'],
    ['قائد فيلق القدس في الحرس الثوري الإيراني قاسم سليماني', 'role', 'supported', 'soleimani'],
    ['قائد فيلق القدس الإيراني قاسم سليماني', 'role', 'supported', 'soleimani'],
    ['8 يناير/ كانون الثاني 2020', 'date', 'supported', 'iran-missile-strike-jan-2020'],
    ['أكثر من 15 صاروخ', 'number', 'supported', 'iran-missile-strike-jan-2020'],
    ['نحو 110 جندياً', 'number', 'supported', 'iran-missile-strike-jan-2020'],
    ['وزير الخارجية العراقي فؤاد حسين', 'role', 'supported', 'fuad-hussein'],
    ['مدير التحالف الأمريكي الشرق أوسطي توم حرب', 'role', 'supported', 'tom-harb'],
    ['الخبير الأمني رافع الكبيسي', 'role', 'supported', 'rafi-kubaisi'],
    ['63 هجوماً', 'number', 'supported', 'attacks-2020'],
    ['41 هجوماً', 'number', 'supported', 'attacks-2020'],
    ['22 هجوماً', 'number', 'supported', 'attacks-2020'],
  ],
  'seed-002': [
    ['الرئيس الأميركي جو بايدن', 'role', 'supported', 'biden'],
    ['رئيس الوزراء العراقي مصطفى الكاظمي', 'role', 'supported', 'kadhimi'],
    ['الثلاثاء', 'date', 'supported', 'biden-kadhimi-call-feb-2021'],
    ['الرئيس (بايدن', 'role', 'supported', 'biden'],
    ['ثلاثة صواريخ على الأقل', 'number', 'supported', 'embassy-attack-feb-2021'],
    ['الاثنين', 'date', 'supported', 'embassy-attack-feb-2021'],
    ['الأربعاء', 'date', 'unverified', 'biden-kadhimi-call-feb-2021'],
    ['الثلاثاء', 'date', 'unverified', null],
    ['المتحدث باسم الخارجية الأميركية نيد برايس', 'role', 'supported', 'ned-price'],
    ['الاثنين', 'date', 'supported', 'embassy-attack-feb-2021'],
    ['الاثنين', 'date', 'unverified', 'attacks-2020'],
    ['صاروخين على الأقل', 'number', 'supported', 'embassy-attack-feb-2021'],
    ['صاروخا واحدا على الأقل', 'number', 'supported', 'embassy-attack-feb-2021'],
    ['أكثر من 12 صاروخا', 'number', 'supported', 'erbil-airport-attack-feb-2021'],
    ['رئيس الوزراء العراقي مصطفى الكاظمي', 'role', 'supported', 'kadhimi'],
    ['أكتوبر', 'date', 'unverified', 'embassy-closure-threat-2020'],
  ],
  'seed-003': [
    ['25 يناير الحالي', 'date', 'unverified', null],
    ['وزير الخارجية الإسباني خوسيه مانويل ألباريس', 'role', 'supported', 'jose-manuel-albares'],
    ['اليوم الخميس', 'date', 'supported', 'albares-baghdad-visit-2024'],
    ['وزير الخارجية العراقي فؤاد حسين', 'role', 'supported', 'fuad-hussein'],
    ['أمس الأربعاء', 'date', 'unverified', 'coalition-end-talks-2024'],
    ['السفيرة الأميركية في بغداد ألينا رومانوسكي', 'role', 'supported', 'alina-romanowski'],
    ['وزير الخارجية فؤاد حسين', 'role', 'supported', 'fuad-hussein'],
    ['جعفر الحسيني المتحدث العسكري باسم', 'role', 'supported', 'jafar-husseini'],
    ['مستشار الأمن القومي العراقي قاسم الأعرجي', 'role', 'supported', 'qasim-araji'],
    ['الأربعاء', 'date', 'supported', 'us-strikes-jan-2024'],
    ['وزير الدفاع الأميركي لويد أوستن', 'role', 'supported', 'lloyd-austin'],
    ['ثلاث منشآت', 'number', 'supported', 'us-strikes-jan-2024'],
    ['قتيلان على الأقل', 'number', 'supported', 'us-strikes-jan-2024'],
    ['حوالى 60كلم', 'number', 'supported', 'jurf-al-sakhar'],
    ['قتيلان على الأقل', 'number', 'supported', 'us-strikes-jan-2024'],
    ['حوالى 150 مرة', 'number', 'supported', 'attacks-since-oct-2023'],
    ['أكتوبر (تشرين الأول)', 'date', 'supported', 'attacks-since-oct-2023'],
    ['أربعة جنود', 'number', 'supported', 'ain-al-asad-attack-jan-2024'],
    ['السبت', 'date', 'supported', 'ain-al-asad-attack-jan-2024'],
    ['900 جندي', 'number', 'supported', 'us-forces'],
    ['2500 جندي', 'number', 'supported', 'us-forces'],
    ['رئيس الوزراء العراقي محمد شياع السوداني', 'role', 'supported', 'sudani'],
  ],
  'seed-004': [
    ['رئيس تحالف “نبني” هادي العامري', 'role', 'supported', 'amiri'],
    ['أكثر من 80 هجوما', 'number', 'supported', 'attacks-since-oct-2023'],
    ['أكتوبر/ تشرين الأول الماضي', 'date', 'supported', 'attacks-since-oct-2023'],
    ['حوالي 2500 عنصر', 'number', 'supported', 'us-troop-presence'],
    ['الخامس من كانون الثاني/يناير من العام 2020', 'date', 'supported', 'parliament-foreign-forces-vote'],
    ['قائد فيلق القدس الإيراني قاسم سليماني', 'role', 'supported', 'soleimani'],
    ['أبو علي العسكري المسؤول الأمني', 'role', 'supported', 'abu-ali-askari'],
    ['وزير الدفاع الأميركي لويد أوستن', 'role', 'supported', 'lloyd-austin'],
    ['رئيس الوزراء العراقي محمد الشياع السوداني', 'role', 'supported', 'sudani'],
  ],
};

describe('claims in the seed articles', () => {
  for (const source of [...base.sources.values()].filter((s) => s.kind === 'seed')) {
    it(`${source.id} (${source.date}): every claim found and judged`, () => {
      const text = readFileSync(join(SEEDS, source.file!), 'utf8');
      const claims = check(text, source.date);
      expect(claims.map(row)).toEqual(SEED_CLAIMS[source.id]);
      for (const c of claims) {
        expect(text.slice(c.start, c.end)).toBe(c.text);
        // Nothing the seeds say is contradicted except the misspelt name.
        if (c.verdict === 'contradicted') expect(c.kind).toBe('name');
        if (c.verdict !== 'unverified') expect(c.sources.length).toBeGreaterThan(0);
      }
    });
  }
});

/** Altered copies of seed sentences: [sentence, article date, claim text, kind, recorded value]. */
const ALTERED: [string, string, string, Claim['kind'], string][] = [
  [
    'وكان البرلمان العراقي قد صوت في 6 يناير/كانون الثاني 2020 على قرار يتضمن إخراج القوات الأجنبية من البلاد.',
    '2021-04-08',
    '6 يناير/كانون الثاني 2020',
    'date',
    '2020-01-05',
  ],
  [
    'وكان البرلمان العراقي قد صوت في السادس من كانون الثاني/يناير من العام 2020 على قرار يطالب بموجبه بغداد بالعمل على إخراج القوات الأجنبية من البلاد.',
    '2023-12',
    'السادس من كانون الثاني/يناير من العام 2020',
    'date',
    '2020-01-05',
  ],
  [
    'وكان البرلمان العراقي قد صوت في 6-1-2020 على قرار يتضمن إخراج القوات الأجنبية من البلاد.',
    '2021-04-08',
    '6-1-2020',
    'date',
    '2020-01-05',
  ],
  [
    'وقال بايدن: نفذت القوات الأمريكية يوم 28 يونيو 2021 بتوجيه مني ضربات دقيقة إلى منشآت في موقعين بسوريا وآخر في العراق.',
    '2021-07',
    '28 يونيو 2021',
    'date',
    '2021-06-27',
  ],
  [
    'ومن أبرز الهجمات الرد الإيراني الذي جاء عقب مقتل سليماني في 8 يناير/ كانون الثاني 2020 إذ تم قصف 5 صواريخ أرض-أرض على قاعدتي عين الأسد في الأنبار، وحرير في أربيل.',
    '2021-04-08',
    '5 صواريخ',
    'number',
    '>15 missiles | 11 missiles',
  ],
  [
    'وخلال عام 2020، تعرضت القواعد العسكرية الأمريكية ومقرات التحالف الدولي في العراق إلى 73 هجوماً.',
    '2021-04-08',
    '73 هجوماً',
    'number',
    '63 attacks',
  ],
  [
    'وللولايات المتحدة 1900 جندي في سوريا و2500 جندي في العراق يقدمون المشورة والمساعدة للقوات المحلية لمنع عودة ظهور تنظيم "داعش".',
    '2024-01-25',
    '1900 جندي',
    'number',
    '900 troops',
  ],
  [
    'وقال أوستن في بيان إن "القوات العسكرية الأميركية شنت ضربات ضرورية ومتناسبة ضد خمس منشآت تستخدمها ميليشيات كتائب حزب الله المدعومة من إيران".',
    '2024-01-25',
    'خمس منشآت',
    'number',
    '3 facilities-struck',
  ],
  [
    'وأصيب عشرة جنود أميركيين، السبت، بإصابات دماغية رضيّة بعد تعرض قاعدة عين الأسد الجوية العراقية لعدة صواريخ باليستية.',
    '2024-01-25',
    'عشرة جنود',
    'number',
    '4 injured',
  ],
  [
    'وأعلن مكتب رئيس الوزراء العراقي مصطفى الكاظمي عن خطوات لإخراج القوات الأميركية.',
    '2024-01-25',
    'رئيس الوزراء العراقي مصطفى الكاظمي',
    'role',
    'رئيس وزراء العراق (2020–2022)',
  ],
  [
    'وقال رئيس الوزراء العراقي محمد شياع السوداني إن الحوار مستمر.',
    '2021-02-24',
    'رئيس الوزراء العراقي محمد شياع السوداني',
    'role',
    'رئيس وزراء العراق (منذ 2022)',
  ],
  ['وقال الرئيس الأمريكي جون بايدن إن الهجمات يجب أن تتوقف.', '2021-07', 'جون بايدن', 'name', 'جو بايدن'],
];

describe('altered claims are contradicted, with the recorded value and its source', () => {
  it.each(ALTERED)('%s', (sentence, date, claimText, kind, recorded) => {
    const claim = check(sentence, date).find((c) => c.text === claimText);
    expect(claim, `no claim «${claimText}»`).toBeDefined();
    expect(claim!.kind).toBe(kind);
    expect(claim!.verdict).toBe('contradicted');
    expect(claim!.expected).toBe(recorded);
    expect(claim!.sources.length).toBeGreaterThan(0);
    expect(claim!.recorded.length).toBeGreaterThan(0);
  });

  it('keeps conflicting sources side by side', () => {
    const [claim] = check('واستهدف 10 صواريخ مجمعا عسكريا في مطار أربيل بشمال العراق.', '2021-02-24').filter(
      (c) => c.kind === 'number',
    );
    expect(claim!.verdict).toBe('contradicted');
    expect(claim!.expected).toBe('>12 rockets | ~14 rockets');
    expect(claim!.recorded.map((r) => r.cite[0]!.source)).toEqual(['seed-002', 'web-e-syriacpress-erbil']);
  });
});

/** The same vote in every date form: [text, article date, verdict]. */
const DATE_FORMS: [string, string, Claim['verdict']][] = [
  ['صوت البرلمان العراقي في 5 يناير/كانون الثاني 2020 على القرار.', '2021-04-08', 'supported'],
  ['صوت البرلمان العراقي في ٥ كانون الثاني ٢٠٢٠ على القرار.', '2021-04-08', 'supported'],
  ['صوت البرلمان العراقي في الخامس من كانون الثاني 2020 على القرار.', '2021-04-08', 'supported'],
  ['صوت البرلمان العراقي في 5-1-2020 على القرار.', '2021-04-08', 'supported'],
  ['صوت البرلمان العراقي في 2020/01/05 على القرار.', '2021-04-08', 'supported'],
  ['صوت البرلمان العراقي في جانفي 2020 على القرار.', '2021-04-08', 'supported'],
  ['صوت البرلمان العراقي أمس الأحد على القرار.', '2020-01-06', 'supported'],
  ['صوت البرلمان العراقي في 6 يناير/كانون الثاني 2020 على القرار.', '2021-04-08', 'contradicted'],
  ['صوت البرلمان العراقي في ٦ كانون الثاني ٢٠٢٠ على القرار.', '2021-04-08', 'contradicted'],
  ['صوت البرلمان العراقي في السادس من كانون الثاني 2020 على القرار.', '2021-04-08', 'contradicted'],
  ['صوت البرلمان العراقي في 2020/01/06 على القرار.', '2021-04-08', 'contradicted'],
  // A weekday dates statements as often as events: it can confirm, never refute.
  ['صوت البرلمان العراقي أمس الاثنين على القرار.', '2020-01-07', 'unverified'],
];

describe('date forms', () => {
  it.each(DATE_FORMS)('%s (%s) → %s', (text, date, verdict) => {
    const claims = check(text, date).filter((c) => c.kind === 'date');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.verdict).toBe(verdict);
    expect(claims[0]!.subject).toBe('parliament-foreign-forces-vote');
  });

  it.each([
    ['في 5 يناير/كانون الثاني 2020', '2020-01-05'],
    ['الخامس من كانون الثاني/يناير من العام 2020', '2020-01-05'],
    ['في 3-4-2021', '2021-04-03'],
    ['الأربعاء 2021/02/24', '2021-02-24'],
    // No year: the latest such day not after the article date.
    ['في السابع من أبريل- نيسان', '2023-04-07'],
    ['منذ منتصف أكتوبر/ تشرين الأول الماضي', '2023-10'],
    ['في أكتوبر (تشرين الأول)', '2023-10'],
    ['يوم أمس  الأربعاء', '2024-01-24'],
    ['الثلاثاء', '2024-01-23'],
    ['في 31 شباط 2020', null],
  ] as const)('reads «%s» as %s (article dated 2024-01-25 where needed)', (text, value) => {
    const found = findDates(foldKey(text), '2024-01-25').map((d) => d.value);
    expect(found).toEqual(value ? [value] : []);
  });
});

describe('number forms', () => {
  it.each([
    ['أكثر من 15 صاروخ', 15, 'more-than', 'missiles'],
    ['نحو 110 جندياً', 110, 'about', 'troops'],
    ['إصابة نحو 110 جندياً', 110, 'about', 'injured'],
    ['ثلاثة صواريخ على الأقل', 3, 'at-least', 'missiles'],
    ['صاروخين على الأقل', 2, 'at-least', 'missiles'],
    ['صاروخا واحدا على الأقل', 1, 'at-least', 'missiles'],
    ['مقتل 4 من عناصرها', 4, 'exact', 'killed'],
    ['حوالى 60كلم', 60, 'about', 'distance'],
    ['ما لا يقل عن ٤ صواريخ', 4, 'at-least', 'missiles'],
    ['41 هجوماً صاروخياً', 41, 'exact', 'rocket-attacks'],
    ['لأكثر من 80 هجوما', 80, 'more-than', 'attacks'],
    ['5 آلاف جندي', 5000, 'exact', 'troops'],
  ] as const)('reads «%s»', (text, value, qualifier, kind) => {
    const [x] = findNumbers(foldKey(text));
    expect(x).toMatchObject({ value, qualifier });
    expect(x!.kinds[0]).toBe(kind);
  });

  it('ignores numbers that count nothing it knows, and years', () => {
    expect(findNumbers(foldKey('قالت أربعة مصادر في عام 2020 إن 15 شخصاً'))).toEqual([]);
  });
});

describe('sentences with no claim', () => {
  it.each([
    // Dates and counts, but no fact-base record in the sentence.
    'وقالت أربعة مصادر إن الاجتماع عقد في 5 يناير/كانون الثاني 2020 وحضره 30 شخصا.',
    'أطلقت 3 صواريخ على الحي السكني في 8 يناير 2020.',
    // A record, but nothing checkable: a bare year, a percentage, a count of unknown things.
    'وقال الكاظمي إن الحكومة تعمل منذ 2020 على خفض البطالة بنسبة 15 في المئة.',
    'وشارك الجيش الأميركي في الحرب ضد داعش بين سنتي 2014 و2017.',
    'وقال الكاظمي إن 15 من الشركات تقدمت بعروض.',
  ])('%s', (text) => {
    expect(check(text, '2021-04-08')).toEqual([]);
  });

  it('leaves a claim unverified, never contradicted, when nothing recorded speaks to it', () => {
    const claims = check('وقالت كتائب حزب الله إنها أطلقت 7 صواريخ في 3 مارس 2022.', '2022-03-04');
    expect(claims.map((c) => c.verdict)).toEqual(['unverified', 'unverified']);
  });

  it('judges roles without an article date as unverified, showing the recorded term', () => {
    const [claim] = check('وقال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مستمر.', null);
    expect(claim).toMatchObject({
      kind: 'role',
      verdict: 'unverified',
      expected: 'رئيس وزراء العراق (2020–2022)',
    });
  });

  it('accepts a title for the time of the event the sentence tells of', () => {
    const [claim] = check('وجاء القرار بعد يومين من اغتيال قائد فيلق القدس قاسم سليماني.', '2024-01-25');
    expect(claim).toMatchObject({ kind: 'role', verdict: 'supported', subject: 'soleimani' });
    // The dead keep the title they died in; the living who left a post do not.
    const [dead] = check('وكان قائد فيلق القدس قاسم سليماني قد زار بغداد مراراً.', '2024-01-25');
    expect(dead).toMatchObject({
      kind: 'role',
      verdict: 'supported',
      reason: 'role-held-until-death',
    });
    const [living] = check('وقال وزير الداخلية العراقي قاسم الأعرجي إن الأمن مستتب.', '2024-01-25');
    expect(living).toMatchObject({ kind: 'role', verdict: 'contradicted', subject: 'qasim-araji' });
  });

  it('accepts «السابق» for a role that has ended', () => {
    const [claim] = check('وقال رئيس الوزراء العراقي السابق مصطفى الكاظمي إن الحوار مستمر.', '2024-01-25');
    expect(claim).toMatchObject({ kind: 'role', verdict: 'supported' });
  });
});

describe('claims on any text', () => {
  // Words that trigger every reader: names, titles, months, weekdays, numbers, qualifiers, cues.
  const words = [
    'البرلمان العراقي',
    'صوت',
    'في',
    '5',
    '٦',
    'يناير',
    'كانون الثاني',
    '/',
    '-',
    '2020',
    'الخامس',
    'من',
    'أمس',
    'الأربعاء',
    'رئيس الوزراء',
    'مصطفى الكاظمي',
    'السابق',
    'أكثر من',
    'نحو',
    'صاروخ',
    'صاروخين',
    'جنود',
    'على الأقل',
    'ثلاثة',
    'هجوما',
    'عين الأسد',
    'جون بايدن',
    '.',
    '،',
    '\n',
    '«',
    '»',
    'ً',
    'ـ',
    '\u200f',
    'قائد فيلق القدس',
    'قاسم سليماني',
    'اغتيال',
    '2500',
    'جندي',
    'سوريا',
    '3-4-2021',
    '2021/02/24',
  ];
  it('never throws, and every claim points at its own words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 40 }),
        fc.constantFrom('2021-04-08', '2024-01-25', '2023-12', null),
        (parts, date) => {
          const text = parts.join(' ');
          for (const c of check(text, date)) {
            expect(text.slice(c.start, c.end)).toBe(c.text);
            expect(c.start).toBeLessThan(c.end);
            if (c.verdict !== 'unverified') expect(c.sources.length + c.recorded.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on random Unicode', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        check(text, '2021-04-08');
      }),
      { numRuns: 300 },
    );
  });
});

/**
 * Claims v2, each form true and altered: [sentence, article date, claim text, kind, verdict, reason?].
 * The true variant is what the fact base records; the altered one changes a single value.
 */
const V2: [string, string, string, Claim['kind'], Claim['verdict'], Claim['reason']?][] = [
  // Supported means entailed: an open-ended record does not support a larger claim…
  [
    'وأطلقت إيران أكثر من 15 صاروخاً على عين الأسد في 8 يناير 2020.',
    '2020-01-09',
    'أكثر من 15 صاروخاً',
    'number',
    'supported',
  ],
  [
    'وأطلقت إيران نحو 900 صاروخ على عين الأسد في 8 يناير 2020.',
    '2020-01-09',
    'نحو 900 صاروخ',
    'number',
    'unverified',
    'open-ended-figure',
  ],
  [
    'وأطلقت إيران 5 صواريخ على عين الأسد في 8 يناير 2020.',
    '2020-01-09',
    '5 صواريخ',
    'number',
    'contradicted',
  ],
  // …and a running count far from every figure of its time is contradicted.
  [
    'وتعرضت القوات الأميركية في العراق وسوريا لنحو 150 هجوماً منذ أكتوبر.',
    '2024-01-25',
    'نحو 150 هجوماً',
    'number',
    'supported',
  ],
  [
    'وتعرضت القوات الأميركية في العراق وسوريا لأكثر من 5000 هجوم منذ أكتوبر.',
    '2024-01-25',
    'أكثر من 5000 هجوم',
    'number',
    'contradicted',
    'far-from-figures',
  ],
  // Ranges and number words.
  [
    'وتعرضت القوات الأميركية في العراق وسوريا لما بين 140 و160 هجوماً منذ أكتوبر.',
    '2024-01-25',
    'بين 140 و160 هجوماً',
    'number',
    'supported',
  ],
  [
    'وتعرضت القوات الأميركية في العراق وسوريا لما بين 2000 و3000 هجوم منذ أكتوبر.',
    '2024-01-25',
    'بين 2000 و3000 هجوم',
    'number',
    'contradicted',
  ],
  [
    'وللولايات المتحدة ألفان وخمسمئة جندي في العراق.',
    '2024-01-25',
    'ألفان وخمسمئة جندي',
    'number',
    'supported',
  ],
  ['وللولايات المتحدة خمسة آلاف جندي في العراق.', '2024-01-25', 'خمسة آلاف جندي', 'number', 'contradicted'],
  ['وللولايات المتحدة 2.5 ألف جندي في العراق.', '2024-01-25', '2.5 ألف جندي', 'number', 'supported'],
  // Dates: years that do not fit the event, weekdays that do not fit the date, Hijri dates.
  [
    'وصوّت البرلمان العراقي على إخراج القوات الأجنبية في 5 يناير 2020.',
    '2021-04-08',
    '5 يناير 2020',
    'date',
    'supported',
  ],
  [
    'وصوّت البرلمان العراقي على إخراج القوات الأجنبية في 5 يناير 2021.',
    '2021-04-08',
    '5 يناير 2021',
    'date',
    'contradicted',
    'wrong-year',
  ],
  [
    'وجاء اغتيال قاسم سليماني يوم الجمعة 3 يناير 2020 قرب مطار بغداد.',
    '2021-04-08',
    '3 يناير 2020',
    'date',
    'supported',
  ],
  [
    'وجاء اغتيال قاسم سليماني يوم الأحد 3 يناير 2020 قرب مطار بغداد.',
    '2021-04-08',
    'الأحد 3 يناير 2020',
    'weekday',
    'contradicted',
    'weekday-mismatch',
  ],
  [
    'وجاء اغتيال قاسم سليماني في 8 جمادى الأولى 1441 هـ قرب مطار بغداد.',
    '2021-04-08',
    '8 جمادى الأولى 1441 هـ',
    'date',
    'supported',
    'hijri-day-tolerance',
  ],
  [
    'وجاء اغتيال قاسم سليماني في 20 جمادى الأولى 1441 هـ قرب مطار بغداد.',
    '2021-04-08',
    '20 جمادى الأولى 1441 هـ',
    'date',
    'contradicted',
    'hijri-day-tolerance',
  ],
  // Titles belong to the name beside them.
  [
    'وقال رئيس ائتلاف دولة القانون نوري المالكي إن رئيس الوزراء محمد شياع السوداني سيزور واشنطن.',
    '2024-01-25',
    'رئيس الوزراء محمد شياع السوداني',
    'role',
    'supported',
  ],
  [
    'وقال رئيس الوزراء محمد شياع السوداني إن الحوار مستمر.',
    '2021-02-24',
    'رئيس الوزراء محمد شياع السوداني',
    'role',
    'contradicted',
    'role-future',
  ],
];

describe('claims v2: every form, true and altered', () => {
  it.each(V2)('%s (%s)', (sentence, date, claimText, kind, verdict, reason) => {
    const claims = check(sentence, date);
    const claim = claims.find((c) => c.text === claimText);
    expect(claim, `no claim «${claimText}» in ${JSON.stringify(claims.map(row))}`).toBeDefined();
    expect([claim!.kind, claim!.verdict]).toEqual([kind, verdict]);
    if (reason) expect(claim!.reason).toBe(reason);
    if (verdict !== 'unverified') expect(claim!.recorded.length).toBeGreaterThan(0);
  });

  it('never lets a title jump to another name, recorded or not', () => {
    // «رئيس الوزراء» is the unrecorded man's, not al-Kadhimi's (who was no longer prime minister).
    const claims = check(
      'وقال رئيس الوزراء العراقي علي عبد الرحمن إن مصطفى الكاظمي زار واشنطن.',
      '2024-01-25',
    );
    expect(claims.filter((c) => c.kind === 'role')).toEqual([]);
    // After a name, a title followed by another (unrecorded) name is that name's.
    const after = check('والتقى مصطفى الكاظمي، رئيس الوزراء علي عبد الرحمن.', '2024-01-25');
    expect(after.filter((c) => c.kind === 'role')).toEqual([]);
    // A clause between them: «قال … إن».
    const clause = check('وقال الرئيس إن مصطفى الكاظمي زار واشنطن.', '2024-01-25');
    expect(clause.filter((c) => c.kind === 'role')).toEqual([]);
  });

  it('never contradicts a date with another event of the same people', () => {
    // Soleimani's killing is recorded; a visit of his is not: the visit's date is unverified.
    const [claim] = check(
      'وزار قاسم سليماني بغداد في 20 أكتوبر 2019 والتقى قادة الفصائل.',
      '2021-04-08',
    ).filter((c) => c.kind === 'date');
    expect(claim?.verdict).toBe('unverified');
  });
});

describe('number forms, v2', () => {
  it.each([
    ['بين 2000 و3000 جندي', 2000, 3000, 'troops'],
    ['من 10 إلى 15 صاروخاً', 10, 15, 'missiles'],
    ['ألفين وخمسمئة عنصر', 2500, undefined, 'troops'],
    ['ثلاثة آلاف جندي', 3000, undefined, 'troops'],
    ['25 ألف مقاتل', 25000, undefined, 'fighters'],
    ['1.5 مليون دولار', 1500000, undefined, 'money-usd'],
    ['مليار دولار', 1e9, undefined, 'money-usd'],
    ['خمسة عشر صاروخاً', 15, undefined, 'missiles'],
    ['40 في المئة', 40, undefined, 'percent'],
    ['40%', 40, undefined, 'percent'],
    ['300 مليون دينار', 3e8, undefined, 'money-iqd'],
  ] as const)('reads «%s»', (text, value, upper, kind) => {
    const [x] = findNumbers(foldKey(text));
    expect([x?.value, x?.upper, x?.kinds[0]]).toEqual([value, upper, kind]);
  });

  it('does not read «أحد» (one of) as a count', () => {
    expect(findNumbers(foldKey('مقتل أحد عناصر الكتائب'))).toEqual([]);
  });
});

describe('tolerance rules', () => {
  it.each([
    ['exact', 2500, 2500, 2500],
    ['more-than', 15, 16, Number.POSITIVE_INFINITY],
    ['at-least', 3, 3, Number.POSITIVE_INFINITY],
    ['about', 110, 99, 121],
    ['up-to', 10, 0, 10],
    ['less-than', 10, 0, 9],
  ] as const)('%s %d allows %d…%d', (qualifier, value, min, max) => {
    const r = interval(value, qualifier);
    expect(r.min).toBeCloseTo(min);
    expect(r.max).toBeCloseTo(max);
  });

  it.each([
    // recorded, claimed, snapshot, bearing
    [['more-than', 15], ['more-than', 10], false, 'entails'],
    [['more-than', 15], ['exact', 15], false, 'contradicts'],
    [['more-than', 15], ['about', 900], false, 'silent'],
    [['more-than', 140], ['more-than', 5000], true, 'contradicts'],
    [['about', 150], ['exact', 150], false, 'entails'],
    [['exact', 150], ['about', 150], false, 'entails'],
    [['up-to', 100], ['exact', 5], false, 'silent'],
    [['exact', 63], ['exact', 73], false, 'contradicts'],
  ] as const)('recorded %j, claimed %j (snapshot %s): %s', (rec, claim, snapshot, expected) => {
    expect(bearing(interval(claim[1], claim[0]), interval(rec[1], rec[0]), snapshot)).toBe(expected);
  });
});

describe('entailment, for any figure', () => {
  // No claim at least twice every contemporaneous recorded figure of its kind is ever supported.
  const kinds = [...base.records.values()].flatMap((r) =>
    r.type === 'event' && r.figures?.length ? [{ r, f: r.figures[0]! }] : [],
  );
  it('never supports a count twice the recorded ones', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.double({ min: 2, max: 50, noNaN: true }),
        fc.constantFrom('', 'نحو ', 'أكثر من ', 'ما لا يقل عن '),
        ({ r, f }, factor, lead) => {
          const max = Math.max(...r.figures!.filter((g) => g.kind === f.kind).map((g) => g.value));
          const n = Math.ceil(max * factor) + 1;
          const noun = f.kind === 'troops' ? 'جندي' : f.kind === 'attacks' ? 'هجوم' : 'صاروخ';
          const name = r.aliases.find((a) => a.lang === 'ar' && a.kind === 'strong')?.text ?? '';
          const text = `وفي ${name} أطلق ${lead}${n} ${noun} في ${r.date}.`;
          for (const c of check(text, r.date))
            if (c.kind === 'number') expect(c.verdict).not.toBe('supported');
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('no record, no contradiction', () => {
  // Dates, weekdays, counts, ranges, titles and Hijri dates, but no name the fact base knows.
  const words = [
    'قال',
    'رئيس الوزراء',
    'الرئيس',
    'وزير الدفاع',
    'علي حسن',
    'في',
    '5 يناير 2021',
    'الأحد 3 يناير 2020',
    '8 جمادى الأولى 1441 هـ',
    'أكثر من 5000 هجوم',
    'نحو 900 صاروخ',
    'بين 2000 و3000 جندي',
    'ألفين وخمسمئة عنصر',
    '1.5 مليون دولار',
    '40 في المئة',
    'السابق',
    '،',
    '.',
  ];
  it('never contradicts anything in a sentence that names no record', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), (parts) => {
        const text = parts.join(' ');
        expect(matcher.find(text).mentions).toEqual([]);
        expect(check(text, '2024-01-25').filter((c) => c.verdict === 'contradicted')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
