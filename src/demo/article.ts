/**
 * What the demo shows of a scraped article. The seed files stay verbatim (the fact base
 * quotes them), scraper leftovers included; the demo page keeps the title, the date line,
 * a byline and the body, and drops web boilerplate line by line, each line by a named rule.
 */

export type BlockKind = 'title' | 'date' | 'byline' | 'heading' | 'caption' | 'paragraph';
export interface Block {
  readonly kind: BlockKind;
  readonly text: string;
}

export type Boilerplate =
  | 'no-arabic' // «Sorry, you need to enable JavaScript…», «Exit mobile version»
  | 'related' // «اقرأ أيضا», «قد يعجبك أيضا», «المزيد من الأخبار», related-articles slots
  | 'label' // a widget's caption on its own line: «ملخص», «إعلان»
  | 'share'
  | 'cookies'
  | 'subscribe'
  | 'footer'
  | 'navigation'
  | 'image-credit' // a credit on its own line: «(رويترز)», «صورة: أرشيف»
  | 'repeated'; // a headline or line shown twice, or a summary box that repeats the lead

export interface Article {
  readonly blocks: readonly Block[];
  readonly dropped: readonly { readonly text: string; readonly rule: Boilerplate }[];
}

const ARABIC = /[\u0600-\u06ff]/;
const ALSO = '(?:أيضا|أيضاً|ايضا|ايضاً)';
const RELATED = new RegExp(
  `^(?:[اإ]قر[أا] ${ALSO}|[اإ]قر[أا] المزيد|طالع ${ALSO}|شاهد ${ALSO}|(?:قد )?(?:يعجبك|يهمك) ${ALSO}|اخترنا لك|الأكثر (?:قراءة|مشاهدة)|المزيد من (?:الأخبار|المقالات))`,
);
/** A related-articles slot that the scraper read as text. */
const RELATED_SLOT = /(?:المقالات|المقلات|مقالات|مواضيع|أخبار|قصص) ذات صلة|\(Related [^)]*\)/;
const LABEL = /^(?:ملخص|الخلاصة|إعلان|تابعنا|شارك(?:وا)?|مشاركة|المصدر|الوسوم|كلمات مفتاحية)\s*:?$/;
const SHARE_WORDS = new Set(
  'شارك شاركها مشاركة انشر عبر على المقال الخبر فيسبوك فيس بوك تويتر إكس واتساب واتس آب تيليغرام تلغرام تيليجرام لينكدإن لينكد إن ماسنجر بريد البريد الإلكتروني نسخ الرابط طباعة facebook twitter x whatsapp telegram linkedin email print'.split(
    ' ',
  ),
);
const COOKIES = /ملفات (?:تعريف )?الارتباط|الكوكيز|كوكيز|cookies?/i;
const SUBSCRIBE = /(?:^|\s)(?:[اإ]شترك|الاشتراك|للاشتراك)(?:\s|$)|النشرة (?:البريدية|الإخبارية)|نشرتنا/;
const FOOTER = /جميع الحقوق محفوظة|حقوق (?:النشر|الطبع) محفوظة|©|all rights reserved/i;
const NAV_SEPARATOR = /\s*[|•·»›]\s*/;
const AGENCY =
  '(?:أ ?ف ?ب|أ\\.ف\\.ب|ا ف ب|رويترز|أ ?ب|إ ?ب ?أ|الأناضول|غيتي|وكالات|أرشيفية|مواقع التواصل|afp|reuters|ap|epa|getty[^)]*)';
const CREDIT = `\\((?:${AGENCY}|[^()]{0,20}(?:صورة|تصوير)[^()]{0,30})\\)`;
const CREDIT_ONLY = new RegExp(`^(?:${CREDIT}|${AGENCY})$|^(?:صورة|الصورة|تصوير)\\s*:`, 'i');
/**
 * A photo caption ends with its credit: «… في بغداد، الخميس 25 يناير الحالي (أ ف ب)». It is
 * kept, as a caption: it can date the story (the fact base cites this one).
 */
const CAPTION = new RegExp(`${CREDIT}$`, 'i');
const WEEKDAY = '(?:ال)?(?:أحد|[اإ]ثنين|ثلاثاء|أربعاء|خميس|جمعة|سبت)';
const DATE_LINE = new RegExp(
  `^(?:${WEEKDAY}\\s*[،,]?\\s*)?(?:\\d{1,4}[/.-]\\d{1,2}[/.-]\\d{1,4}|\\d{1,2}\\s+[\\u0600-\\u06ff/ ]{3,20}\\s+\\d{4})(?:\\s*[-–|،,]?\\s*\\d{1,2}:\\d{2}.*)?$`,
);
const BYLINE = /^(?:بقلم|كتب|كتبت|إعداد|تحرير|بواسطة)\s*:?\s*[\u0600-\u06ff]/;
/** Sentence-final punctuation, once closing quotes are set aside. */
const SENTENCE_END = /[.:،؛!?؟…]$/;

const isShareLine = (line: string): boolean => {
  const words = line
    .toLowerCase()
    .split(/[\s:|•·،,-]+/)
    .filter(Boolean);
  return words.length > 0 && words.length <= 12 && words.every((w) => SHARE_WORDS.has(w));
};
const isNavigation = (line: string): boolean => {
  const items = line.split(NAV_SEPARATOR).filter(Boolean);
  return items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 3);
};

/** The boilerplate rule a line falls under, or null for article text. */
function ruleOf(line: string): Exclude<Boilerplate, 'repeated'> | null {
  if (!ARABIC.test(line)) return 'no-arabic';
  if (LABEL.test(line)) return 'label';
  if (RELATED.test(line) || (line.length < 120 && RELATED_SLOT.test(line))) return 'related';
  if (isShareLine(line)) return 'share';
  if (COOKIES.test(line) && /يستخدم|نستخدم|موافق|قبول|سياسة/.test(line)) return 'cookies';
  if (line.length < 160 && SUBSCRIBE.test(line)) return 'subscribe';
  if (line.length < 200 && FOOTER.test(line)) return 'footer';
  if (isNavigation(line)) return 'navigation';
  if (line.length < 100 && CREDIT_ONLY.test(line)) return 'image-credit';
  return null;
}

/** Punctuation and spacing set aside, to compare lines as a reader would. */
const plain = (s: string) =>
  s
    .replace(/[\p{P}\p{S}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Splits a scraped article into what a news page shows, and what it left out with the rule. */
export function readArticle(text: string): Article {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const blocks: Block[] = [];
  const dropped: { text: string; rule: Boilerplate }[] = [];
  const seen = new Set<string>();
  let date = false;
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const rule =
      ruleOf(line) ??
      (seen.has(plain(line)) ||
      // A summary box that the first paragraph then repeats word for word.
      (line.length >= 30 && next !== undefined && `${plain(next)} `.startsWith(`${plain(line)} `))
        ? 'repeated'
        : null);
    if (rule) {
      dropped.push({ text: line, rule });
      return;
    }
    seen.add(plain(line));
    let kind: BlockKind = 'paragraph';
    if (!blocks.length) kind = 'title';
    else if (!date && DATE_LINE.test(line)) {
      kind = 'date';
      date = true;
    } else if (line.length < 80 && BYLINE.test(line)) kind = 'byline';
    else if (CAPTION.test(line)) kind = 'caption';
    else if (line.length < 60 && !SENTENCE_END.test(line.replace(/["”“'»]+$/, ''))) kind = 'heading';
    blocks.push({ kind, text: line });
  });
  return { blocks, dropped };
}
