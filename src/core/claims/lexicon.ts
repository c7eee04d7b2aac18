/**
 * The words claims are read from, written as Arabic media write them and folded
 * once at load (so «إصابة» and «اصابه» are one entry). Kept apart from the
 * parsers so a missing word is a one-line fix.
 */
import { foldKey } from '../arabic/fold';
import type { Qualifier } from '../facts/schema';

const folded = (words: readonly string[]) => words.map(foldKey);

/** Cardinal number words that add up («خمسة وعشرون», «ثلاثة عشر»), with feminine and case forms. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, ['واحد', 'واحدة', 'واحدا', 'واحداً']],
      [2, ['اثنان', 'اثنين', 'اثنتان', 'اثنتين', 'اثنا', 'اثني', 'اثنتا', 'اثنتي']],
      [3, ['ثلاث', 'ثلاثة']],
      [4, ['أربع', 'أربعة']],
      [5, ['خمس', 'خمسة']],
      [6, ['ست', 'ستة']],
      [7, ['سبع', 'سبعة']],
      [8, ['ثماني', 'ثمانية', 'ثمان']],
      [9, ['تسع', 'تسعة']],
      [10, ['عشر', 'عشرة']],
      [20, ['عشرون', 'عشرين']],
      [30, ['ثلاثون', 'ثلاثين']],
      [40, ['أربعون', 'أربعين']],
      [50, ['خمسون', 'خمسين']],
      [60, ['ستون', 'ستين']],
      [70, ['سبعون', 'سبعين']],
      [80, ['ثمانون', 'ثمانين']],
      [90, ['تسعون', 'تسعين']],
      [100, ['مئة', 'مائة']],
      [200, ['مئتان', 'مئتين', 'مائتان', 'مائتين']],
      [300, ['ثلاثمئة', 'ثلاثمائة']],
      [400, ['أربعمئة', 'أربعمائة']],
      [500, ['خمسمئة', 'خمسمائة']],
      [600, ['ستمئة', 'ستمائة']],
      [700, ['سبعمئة', 'سبعمائة']],
      [800, ['ثمانمئة', 'ثمانمائة', 'ثمانيمئة', 'ثمانيمائة']],
      [900, ['تسعمئة', 'تسعمائة']],
    ] as const
  ).flatMap(([n, words]) => folded(words).map((w) => [w, n] as const)),
);

/**
 * Words that multiply what precedes them («ثلاثة آلاف», «25 ألف», «1.5 مليون»), or stand alone for
 * one or two of it («ألف», «ألفين», «مليار دولار»).
 */
export const SCALE_WORDS: ReadonlyMap<string, { scale: number; alone: number }> = new Map(
  (
    [
      [1e3, 1, ['ألف', 'ألفا', 'ألفاً', 'آلاف', 'الاف']],
      [1e3, 2, ['ألفين', 'ألفان']],
      [1e6, 1, ['مليون', 'مليونا', 'ملايين']],
      [1e6, 2, ['مليونين', 'مليونان']],
      [1e9, 1, ['مليار', 'مليارا', 'مليارات', 'بليون']],
      [1e9, 2, ['مليارين', 'ملياران']],
    ] as const
  ).flatMap(([scale, alone, words]) => folded(words).map((w) => [w, { scale, alone }] as const)),
);

/** «في المئة», «بالمئة», «%»: the number is a percentage. */
export const PERCENT_AFTER: readonly string[] = folded([
  'في المئة',
  'في المائة',
  'بالمئة',
  'بالمائة',
  'بالمائه',
]);

/** Currencies after an amount, to the figure kind amounts in them are compared with. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map(
  (
    [
      ['money-usd', ['دولار', 'دولارا', 'دولاراً', 'دولارات']],
      ['money-iqd', ['دينار', 'دينارا', 'دنانير']],
      ['money-eur', ['يورو']],
    ] as const
  ).flatMap(([kind, words]) => folded(words).map((w) => [w, kind] as const)),
);

/** Ordinal day words: «الخامس من كانون الثاني». */
export const ORDINAL_DAYS: ReadonlyMap<string, number> = new Map(
  (
    [
      'الأول',
      'الثاني',
      'الثالث',
      'الرابع',
      'الخامس',
      'السادس',
      'السابع',
      'الثامن',
      'التاسع',
      'العاشر',
      'الحادي عشر',
      'الثاني عشر',
      'الثالث عشر',
      'الرابع عشر',
      'الخامس عشر',
      'السادس عشر',
      'السابع عشر',
      'الثامن عشر',
      'التاسع عشر',
      'العشرين',
      'الحادي والعشرين',
      'الثاني والعشرين',
      'الثالث والعشرين',
      'الرابع والعشرين',
      'الخامس والعشرين',
      'السادس والعشرين',
      'السابع والعشرين',
      'الثامن والعشرين',
      'التاسع والعشرين',
      'الثلاثين',
      'الحادي والثلاثين',
    ] as const
  ).map((w, i) => [foldKey(w), i + 1] as const),
);

/** Qualifiers written before a number, and the figure qualifier they mean. */
export const QUALIFIERS_BEFORE: readonly (readonly [string, Qualifier])[] = (
  [
    ['ما لا يقل عن', 'at-least'],
    ['لا يقل عن', 'at-least'],
    ['ما يزيد على', 'more-than'],
    ['ما يزيد عن', 'more-than'],
    ['أكثر من', 'more-than'],
    ['أزيد من', 'more-than'],
    ['ما يقارب', 'about'],
    ['ما يقرب من', 'about'],
    ['نحو', 'about'],
    ['حوالى', 'about'],
    ['حوالي', 'about'],
    ['قرابة', 'about'],
    ['زهاء', 'about'],
    ['قرابه', 'about'],
    ['أقل من', 'less-than'],
    ['ما يصل إلى', 'up-to'],
    ['حتى', 'up-to'],
  ] as const
)
  .map(([w, q]) => [foldKey(w), q] as const)
  .sort((a, b) => b[0].length - a[0].length);

/** Qualifiers written after the counted noun. */
export const QUALIFIERS_AFTER: readonly (readonly [string, Qualifier])[] = [
  [foldKey('على الأقل'), 'at-least'],
  [foldKey('تقريبا'), 'about'],
  [foldKey('تقريباً'), 'about'],
];

/**
 * Counted nouns and the figure kinds they can be compared with. Dual forms
 * carry their own count («صاروخين» is two missiles).
 */
export interface CountedNoun {
  readonly kinds: readonly string[];
  readonly dual?: boolean;
}

const NOUNS: readonly (readonly [readonly string[], readonly string[], boolean?])[] = [
  [
    ['صاروخ', 'صواريخ', 'صاروخا', 'صاروخاً', 'قذيفة', 'قذائف', 'قذيفه'],
    ['missiles', 'rockets'],
  ],
  [['صاروخين', 'صاروخان', 'قذيفتين', 'قذيفتان'], ['missiles', 'rockets'], true],
  [['هجوم', 'هجمات', 'هجوما', 'هجوماً', 'اعتداء', 'اعتداءات', 'مرة', 'مرات'], ['attacks']],
  [['هجومين', 'هجومان'], ['attacks'], true],
  [
    ['جندي', 'جنود', 'جنديا', 'جندياً', 'عسكري', 'عسكريين', 'عسكريا', 'عنصر', 'عناصر', 'عنصرا', 'مستشار'],
    ['troops'],
  ],
  [['جنديين', 'جنديان', 'عنصرين'], ['troops'], true],
  [['قتيل', 'قتلى', 'قتيلا', 'قتيلاً'], ['killed']],
  [['قتيلان', 'قتيلين'], ['killed'], true],
  [['مصاب', 'مصابين', 'مصابا', 'جريح', 'جرحى', 'جريحا'], ['injured']],
  [['موقع', 'مواقع', 'موقعا'], ['sites-struck']],
  [['موقعين', 'موقعان'], ['sites-struck'], true],
  [['منشأة', 'منشآت', 'منشأه'], ['facilities-struck']],
  [['منشأتين', 'منشأتان'], ['facilities-struck'], true],
  [['مقاتل', 'مقاتلين', 'مقاتلا'], ['fighters']],
  [['مقعد', 'مقاعد', 'مقعدا'], ['seats']],
  [['كلم', 'كم', 'كيلومتر', 'كيلومترات', 'كيلومترا'], ['distance']],
];

export const COUNTED_NOUNS: ReadonlyMap<string, CountedNoun> = new Map(
  NOUNS.flatMap(([words, kinds, dual]) =>
    folded(words).map((w) => [w, dual ? { kinds, dual: true } : { kinds }] as const),
  ),
);

/** Adjectives that narrow a counted noun: «41 هجوماً صاروخياً». */
export const NOUN_REFINEMENTS: readonly (readonly [string, string, string])[] = [
  ['attacks', foldKey('صاروخي'), 'rocket-attacks'],
  ['attacks', foldKey('بالعبوات'), 'ied-attacks'],
];

/** Words near a count of people that make it a count of the killed or the injured. */
export const CASUALTY_CONTEXT: readonly (readonly [string, 'killed' | 'injured'])[] = [
  ...folded(['مقتل', 'قتل', 'مصرع', 'استشهاد', 'سقط']).map((w) => [w, 'killed'] as const),
  ...folded(['إصابة', 'أصيب', 'إصابات', 'جرح', 'أصيبوا', 'بإصابات']).map((w) => [w, 'injured'] as const),
];

/** Months without a year need one of these before them to count as a date. */
export const MONTH_LEADS: readonly string[] = folded([
  'في',
  'منذ',
  'خلال',
  'مطلع',
  'منتصف',
  'أواخر',
  'أوائل',
  'أواسط',
  'نهاية',
  'بداية',
  'شهر',
]);

/**
 * Role titles as written beside a name, to a key that role records share.
 * Order matters: the first key whose phrase occurs wins («نائب قائد» before «قائد»).
 */
export const ROLE_TITLES: readonly (readonly [string, readonly string[]])[] = [
  ['deputy-commander', ['نائب قائد']],
  ['deputy-head', ['نائب رئيس']],
  [
    'prime-minister',
    ['رئيس الوزراء', 'رئيس وزراء', 'رئيس الوزارء', 'رئيس الحكومة', 'رئيس حكومة', 'رئيس مجلس الوزراء'],
  ],
  ['national-security-adviser', ['مستشار الأمن القومي']],
  ['foreign-minister', ['وزير الخارجية', 'وزيرة الخارجية']],
  ['defense-minister', ['وزير الدفاع', 'وزيرة الدفاع']],
  ['interior-minister', ['وزير الداخلية']],
  ['finance-minister', ['وزير المالية']],
  [
    'spokesperson',
    [
      'المتحدث باسم',
      'المتحدثة باسم',
      'الناطق باسم',
      'المتحدث العسكري باسم',
      'المتحدث الرسمي باسم',
      'المتحدث العسكري',
      'المتحدث الرسمي',
      'الناطق الرسمي',
    ],
  ],
  ['ambassador', ['السفير', 'السفيرة', 'سفير', 'سفيرة']],
  ['secretary-general', ['الأمين العام', 'أمين عام', 'أمين']],
  ['commander', ['قائد']],
  ['member-of-parliament', ['عضو مجلس النواب', 'عضو البرلمان', 'عضو كتلة', 'النائب عن']],
  ['security-official', ['المسؤول الأمني']],
  ['director', ['مدير']],
  ['president', ['الرئيس', 'رئيس الولايات المتحدة', 'رئيس الجمهورية']],
  ['leader', ['زعيم', 'رئيس تحالف', 'رئيس ائتلاف', 'رئيس كتلة', 'رئيس التيار', 'رئيس حركة', 'رئيس منظمة']],
  ['expert', ['الخبير', 'خبير']],
].map(([key, phrases]) => [key as string, folded(phrases as readonly string[])] as const);

/**
 * Words that may stand inside a title, between it and the name («قائد فيلق القدس بالحرس الثوري»,
 * «الناطق باسم القائد العام اللواء…»): kinds of body, ranks, «في», «باسم». Adjectives («العراقي»)
 * are recognised by form. Any other word stops a title from reaching a name.
 */
export const TITLE_GAP_WORDS: ReadonlySet<string> = new Set(
  folded([
    'في',
    'ب',
    'باسم',
    'لدى',
    'عن',
    'السابق',
    'السابقة',
    'الأسبق',
    'الحالي',
    'الجديد',
    'العام',
    'الركن',
    'اللواء',
    'الفريق',
    'العميد',
    'العقيد',
    'الشيخ',
    'السيد',
    'الدكتور',
    'المهندس',
    'الحاج',
    'القائد',
    'حركة',
    'كتلة',
    'تحالف',
    'التحالف',
    'ائتلاف',
    'منظمة',
    'حزب',
    'الله',
    'فصيل',
    'ميليشيا',
    'مليشيا',
    'قوات',
    'القوات',
    'للقوات',
    'المسلحة',
    'هيئة',
    'جماعة',
    'المعروف',
    'المعروفة',
    'الشرق',
    'أوسطي',
    'الأوسط',
    'الحرس',
    'فيلق',
    'القدس',
    'مجلس',
    'النواب',
    'الوزراء',
    'الحشد',
    'المتحدة',
    'الولايات',
  ]),
);

/**
 * Words that begin a clause after a title: it ends there («… المتحدث باسم الوزارة إن …»).
 * Not «على»: folded it is «علي», a name.
 */
export const CLAUSE_WORDS: ReadonlySet<string> = new Set(
  folded([
    'إن',
    'أن',
    'قال',
    'وقال',
    'أكد',
    'وأكد',
    'أعلن',
    'وأعلن',
    'إلى',
    'من',
    'الذي',
    'التي',
    'خلال',
    'مع',
  ]),
);

/** Words after a title or name that say the role is over. */
export const FORMER_WORDS: readonly string[] = folded(['السابق', 'السابقة', 'الأسبق', 'سابقا', 'سابقاً']);

/** The key of a role title, or null when it is not one we read. */
export function roleKey(title: string): string | null {
  const t = foldKey(title);
  for (const [key, phrases] of ROLE_TITLES) if (phrases.some((p) => t.includes(p))) return key;
  return null;
}
