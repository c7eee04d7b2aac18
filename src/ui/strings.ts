/** Interface text, Arabic first. Fact text comes from the fact base in both languages. */
import { MONTH_NAMES_AR, MONTH_NAMES_EN } from '../core/arabic/month-names';
import type { Qualifier } from '../core/facts/schema';

export type Lang = 'ar' | 'en';

const STRINGS = {
  person: { ar: 'شخص', en: 'Person' },
  organization: { ar: 'جهة', en: 'Organisation' },
  place: { ar: 'مكان', en: 'Place' },
  event: { ar: 'حدث', en: 'Event' },
  rolesThen: { ar: 'عند تاريخ المقال', en: 'At the article’s date' },
  rolesNow: { ar: 'اليوم', en: 'Today' },
  roles: { ar: 'المناصب', en: 'Roles' },
  affiliations: { ar: 'الانتماءات', en: 'Affiliations' },
  timeline: { ar: 'خط زمني', en: 'Timeline' },
  figures: { ar: 'أرقام', en: 'Figures' },
  facts: { ar: 'وقائع', en: 'Facts' },
  sources: { ar: 'المصادر', en: 'Sources' },
  pin: { ar: 'تثبيت', en: 'Pin' },
  unpin: { ar: 'إلغاء التثبيت', en: 'Unpin' },
  close: { ar: 'إغلاق', en: 'Close' },
  turnOffSite: { ar: 'أوقف سياق على هذا الموقع', en: 'Turn Siyaq off on this site' },
  date: { ar: 'التاريخ', en: 'Date' },
  places: { ar: 'المكان', en: 'Where' },
  participants: { ar: 'الأطراف', en: 'Who' },
  readMore: { ar: 'المزيد في ويكي بيانات', en: 'More on Wikidata' },
  seedOutlet: { ar: 'مقال إخباري محفوظ مع سياق', en: 'a news article kept with Siyaq' },
  tier_1: { ar: 'مصدر رسمي', en: 'official source' },
  tier_2: { ar: 'وسيلة إعلام', en: 'news organisation' },
  tier_3: { ar: 'مرجع موسوعي', en: 'reference work' },
  unknownOutlet: { ar: 'منفذ غير معروف', en: 'unknown outlet' },
  sourcesDisagree: { ar: 'المصادر تختلف', en: 'sources differ' },
  sourceSays: { ar: 'قول مصدر', en: 'a source’s claim' },
  contradictedBy: { ar: 'تخالفه:', en: 'contradicted by:' },
  former: { ar: 'سابقاً', en: 'former' },
  switchLang: { ar: 'English', en: 'العربية' },
  claimCheck: { ar: 'فحص ادعاء', en: 'Claim check' },
  supported: { ar: 'مؤكَّد', en: 'Supported' },
  contradicted: { ar: 'مخالف للسجل', en: 'Contradicted' },
  unverified: { ar: 'لم يُتحقق منه', en: 'Unverified' },
  claimed: { ar: 'في النص', en: 'The text says' },
  recordedValue: { ar: 'المسجَّل', en: 'Recorded' },
  nothingRecorded: { ar: 'لا قيمة مسجّلة تقارَن به', en: 'Nothing recorded to compare with' },
  claimOf: { ar: 'يخص', en: 'About' },
  kind_date: { ar: 'تاريخ', en: 'date' },
  kind_number: { ar: 'رقم', en: 'number' },
  kind_role: { ar: 'منصب', en: 'role' },
  kind_name: { ar: 'اسم', en: 'name' },
  kind_weekday: { ar: 'يوم الأسبوع', en: 'weekday' },
  // why a claim got its verdict (core CLAIM_REASONS; a missing one is a type error where `reason_${…}` is used)
  'reason_known-misspelling': { ar: 'خطأ معروف في كتابة الاسم', en: 'a known misspelling of the name' },
  'reason_article-date-unknown': { ar: 'تاريخ المقال غير معروف', en: 'the article date is unknown' },
  'reason_no-event-in-sentence': {
    ar: 'لا حدث مسجّل في هذه الجملة',
    en: 'no recorded event in this sentence',
  },
  'reason_unclear-event': {
    ar: 'لا يُعرف أيّ حدث مسجّل يقصده النص',
    en: 'not clear which recorded event this is about',
  },
  'reason_event-not-recorded': {
    ar: 'قد يتحدث النص عن حدث غير مسجّل؛ لا يُقارن بحدث آخر للأطراف نفسها',
    en: 'the text may tell of an event not recorded; another event of the same people is not compared',
  },
  'reason_wrong-year': {
    ar: 'اليوم والشهر يوافقان الحدث، والسنة لا',
    en: 'the day and month fit the event, the year does not',
  },
  'reason_hijri-day-tolerance': {
    ar: 'تاريخ هجري حُوِّل بتقويم أم القرى؛ يُقبل فرق يوم واحد',
    en: 'a Hijri date, converted by Umm al-Qura; a day either way is accepted',
  },
  'reason_weekday-mismatch': { ar: 'يوم الأسبوع لا يوافق التاريخ', en: 'the weekday does not fit the date' },
  'reason_no-figure': { ar: 'لا رقم مسجّل لهذا', en: 'no recorded figure for this' },
  'reason_figures-other-date': {
    ar: 'الأرقام المسجّلة تخص تاريخاً آخر',
    en: 'the recorded figures are for another date',
  },
  'reason_open-ended-figure': {
    ar: 'الرقم المسجّل مفتوح أو تقريبي: لا يؤكد هذا الرقم ولا ينفيه',
    en: 'the recorded figure is open-ended or vaguer: it neither supports nor contradicts this',
  },
  'reason_far-from-figures': {
    ar: 'بعيد جداً عن كل الأرقام المسجّلة في ذلك الوقت',
    en: 'far from every figure recorded for that time',
  },
  'reason_sources-differ': {
    ar: 'مصدر يؤكده ومصادر أخرى تختلف',
    en: 'one source supports it; others differ',
  },
  'reason_no-role-with-title': { ar: 'لا منصب مسجّلاً بهذا اللقب', en: 'no recorded role with this title' },
  'reason_role-held-until-death': { ar: 'المنصب الذي شغله حتى مقتله', en: 'the role held until their death' },
  'reason_role-former': { ar: 'كان يشغل المنصب سابقاً', en: 'held this role before the article date' },
  'reason_role-future': {
    ar: 'لم يكن قد تولّى المنصب بعد',
    en: 'did not hold this role yet at the article date',
  },
  'reason_role-still-held': { ar: 'ما زال يشغل المنصب', en: 'still held this role at the article date' },
  claimsOnPage: { ar: 'الادعاءات في هذه الصفحة', en: 'Claims on this page' },
  noClaims: { ar: 'لا ادعاءات قابلة للفحص.', en: 'No checkable claims.' },
  // notes
  noteAdd: { ar: '＋ ملاحظة', en: '+ Note' },
  noteEditor: { ar: 'ملاحظة على المقطع المحدد', en: 'Note on the selected passage' },
  noteText: { ar: 'ملاحظتك', en: 'Your note' },
  noteTags: { ar: 'وسوم، مفصولة بفواصل', en: 'Tags, separated by commas' },
  noteSave: { ar: 'حفظ', en: 'Save' },
  noteCancel: { ar: 'إلغاء', en: 'Cancel' },
  noteNotSaved: { ar: 'لم تُحفظ:', en: 'Not saved:' },
  noteEmpty: { ar: '(ملاحظة بلا نص)', en: '(a note without text)' },
  noteEdit: { ar: 'تعديل', en: 'Edit' },
  noteDelete: { ar: 'حذف', en: 'Delete' },
  noteDeleted: { ar: 'حُذفت الملاحظة.', en: 'Note deleted.' },
  noteUndo: { ar: 'تراجع', en: 'Undo' },
  noteLink: { ar: 'اربط الملاحظة بـ', en: 'Link the note to' },
  noteLinked: { ar: 'مرتبطة بـ', en: 'About' },
  notesOnPage: { ar: 'ملاحظاتك على هذه الصفحة', en: 'Your notes on this page' },
  noNotes: { ar: 'لا ملاحظات بعد: حدّد نصاً ثم «＋ ملاحظة».', en: 'No notes yet: select text, then “+ Note”.' },
  orphan: { ar: 'لم يُعثر على مقطعها', en: 'passage not found' },
  exportNotes: { ar: 'تصدير كل الملاحظات', en: 'Export all notes' },
  download: { ar: 'تنزيل', en: 'Download' },
  importNotes: { ar: 'استيراد:', en: 'Import:' },
  imported: { ar: 'استُوردت (جديدة + محدّثة):', en: 'Imported (new + updated):' },
  notImported: { ar: 'لم يُستورد شيء:', en: 'Nothing imported:' },
  // the editor's marks and report
  'mark_checked-correct': { ar: 'دُقِّق: صحيح', en: 'Checked: correct' },
  'mark_checked-wrong': { ar: 'دُقِّق: خطأ', en: 'Checked: wrong' },
  'mark_needs-source': { ar: 'يحتاج مصدراً', en: 'Needs a source' },
  markClear: { ar: 'بلا علامة', en: 'No mark' },
  markComment: { ar: 'تعليق المحرر', en: 'Editor’s comment' },
  reportTitle: { ar: 'تقرير التحقق', en: 'Claim report' },
  reportPage: { ar: 'الصفحة', en: 'Page' },
  reportDate: { ar: 'تاريخ المقال', en: 'Article date' },
  unknownDate: { ar: 'غير معروف', en: 'unknown' },
  reportClaims: { ar: 'الادعاءات', en: 'Claims' },
  reportKind: { ar: 'النوع', en: 'Kind' },
  reportVerdict: { ar: 'الحكم', en: 'Verdict' },
  reportMark: { ar: 'علامة المحرر', en: 'Editor’s mark' },
  exportReport: { ar: 'تصدير تقرير الصفحة', en: 'Export this page’s report' },
  notesTitle: { ar: 'كل الملاحظات', en: 'All notes' },
  notesSearch: { ar: 'ابحث في الملاحظات', en: 'Search notes' },
  notesSort: { ar: 'الترتيب', en: 'Order' },
  sortNewest: { ar: 'الأحدث أولاً', en: 'Newest first' },
  sortOldest: { ar: 'الأقدم أولاً', en: 'Oldest first' },
  sortSite: { ar: 'حسب الموقع', en: 'By site' },
  noNotesFound: { ar: 'لا ملاحظات.', en: 'No notes.' },
  allNotes: { ar: 'كل الملاحظات…', en: 'All notes…' },
  // popup
  popupTitle: { ar: 'سياق', en: 'Siyaq' },
  enabledHere: { ar: 'مفعّل على هذا الموقع', en: 'On for this site' },
  annotatePage: { ar: 'حلّل هذه الصفحة', en: 'Annotate this page' },
  foundOnPage: { ar: 'في هذه الصفحة', en: 'On this page' },
  nothingFound: { ar: 'لم يُعثر على أسماء معروفة بعد.', en: 'No known names found yet.' },
  notAnnotated: { ar: 'لم تُحلَّل هذه الصفحة.', en: 'This page has not been annotated.' },
  mentions: { ar: 'إشارة', en: 'mentions' },
  options: { ar: 'الإعدادات', en: 'Settings' },
  announce: {
    ar: 'في الصفحة {mentions} إشارة و{claims} ادعاء، منها {contradicted} مخالف للسجل.',
    en: 'This page has {mentions} mentions and {claims} claims, {contradicted} of them contradicted.',
  },
  closed_browser: {
    ar: 'لا يعمل سياق في صفحات المتصفح نفسه: افتح مقالاً إخبارياً.',
    en: 'Siyaq cannot run on the browser’s own pages: open a news article.',
  },
  closed_store: {
    ar: 'المتصفح يمنع كل الإضافات من العمل في متجر الإضافات.',
    en: 'Browsers keep every extension out of their extension store.',
  },
  closed_file: {
    ar: 'لا يقرأ سياق الملفات المحلية: افتح المقال من موقعه.',
    en: 'Siyaq does not read local files: open the article from its site.',
  },
  offEverywhere: { ar: 'سياق متوقف في كل المواقع.', en: 'Siyaq is off everywhere.' },
  turnOnEverywhere: { ar: 'شغّل سياق', en: 'Turn Siyaq on' },
  plural_person: { ar: 'أشخاص', en: 'People' },
  plural_organization: { ar: 'جهات', en: 'Organisations' },
  plural_place: { ar: 'أماكن', en: 'Places' },
  plural_event: { ar: 'أحداث', en: 'Events' },
  shortcutNext: { ar: 'الإشارة التالية', en: 'next mention' },
  shortcutPrevious: { ar: 'السابقة', en: 'previous' },
  shortcutNote: { ar: 'ملاحظة', en: 'note' },
  shortcutClose: { ar: 'يغلق البطاقة', en: 'closes the card' },
  // options page
  optTitle: { ar: 'إعدادات سياق', en: 'Siyaq settings' },
  optSaved: { ar: 'حُفظ.', en: 'Saved.' },
  optPrivacy: {
    ar: 'كل ما يفعله سياق يجري على هذا الجهاز: لا يرسل شيئاً إلى الشبكة.',
    en: 'Everything Siyaq does happens on this machine: nothing is sent over the network.',
  },
  optGeneral: { ar: 'عام', en: 'General' },
  optEnabled: { ar: 'سياق مفعّل (في كل المواقع المسموح بها)', en: 'Siyaq is on (on every allowed site)' },
  optClaims: {
    ar: 'تدقيق الادعاءات (التواريخ والأرقام والمناصب والأسماء)',
    en: 'Check claims (dates, figures, roles, names)',
  },
  optLang: { ar: 'لغة الواجهة', en: 'Interface language' },
  optTheme: { ar: 'المظهر', en: 'Theme' },
  theme_system: { ar: 'كالنظام', en: 'As the system' },
  theme_light: { ar: 'فاتح', en: 'Light' },
  theme_dark: { ar: 'داكن', en: 'Dark' },
  optTextSize: { ar: 'حجم النص', en: 'Text size' },
  optDwell: { ar: 'مهلة ظهور البطاقة عند التمرير (ملّي ثانية)', en: 'Hover delay before a card opens (ms)' },
  optShown: { ar: 'ما يُبرز في الصفحات', en: 'What is highlighted' },
  optDensity: { ar: 'الكثافة', en: 'Density' },
  density_all: { ar: 'كل إشارة', en: 'Every mention' },
  density_first: { ar: 'أول إشارة لكل اسم', en: 'The first mention of each name' },
  density_claims: { ar: 'الادعاءات فقط', en: 'Claims only' },
  optSites: { ar: 'المواقع', en: 'Sites' },
  optBuiltIn: { ar: 'المواقع الإخبارية المدمجة', en: 'Built-in news sites' },
  optAdded: { ar: 'مواقع أضفتها', en: 'Sites you added' },
  optNoneAdded: { ar: 'لا مواقع مضافة.', en: 'No sites added.' },
  optAddSite: { ar: 'أضف موقعاً', en: 'Add a site' },
  optAdd: { ar: 'أضف', en: 'Add' },
  optBadHost: {
    ar: 'هذا ليس اسم موقع (مثل example.com).',
    en: 'That is not a site name (like example.com).',
  },
  optRemove: { ar: 'أزل', en: 'Remove' },
  optTurnedOff: { ar: 'مواقع أوقفت سياق فيها', en: 'Sites where you turned Siyaq off' },
  optNoneOff: { ar: 'لا شيء.', en: 'None.' },
  optTurnOn: { ar: 'شغّل', en: 'Turn on' },
  optPacks: { ar: 'حزم الحقائق', en: 'Fact packs' },
  optPackTitle: { ar: 'الحزمة', en: 'Pack' },
  optPackVersion: { ar: 'الإصدار', en: 'Version' },
  optPackRecords: { ar: 'سجلات / مصادر', en: 'Records / sources' },
  optPackSources: { ar: 'مصدراً', en: 'sources' },
  optPackActions: { ar: 'إجراءات', en: 'Actions' },
  optBundled: { ar: 'مدمجة', en: 'bundled' },
  optExport: { ar: 'صدّر', en: 'Export' },
  optImportPack: { ar: 'استورد حزمة:', en: 'Import a pack:' },
  optPackAdded: { ar: 'أضيفت الحزمة:', en: 'Pack added:' },
  optPackRefused: { ar: 'رُفضت الحزمة كلها:', en: 'Pack refused whole:' },
  optPackRemoved: { ar: 'أزيلت الحزمة.', en: 'Pack removed.' },
  optShortcuts: { ar: 'اختصارات لوحة المفاتيح', en: 'Keyboard shortcuts' },
  optUnbound: { ar: 'بلا اختصار', en: 'not set' },
  optChangeShortcuts: { ar: 'غيّرها في إعدادات المتصفح', en: 'Change them in the browser’s settings' },
  shortcutPreviousMention: { ar: 'الإشارة السابقة', en: 'previous mention' },
  optBackup: { ar: 'نسخ الإعدادات', en: 'Back up settings' },
  optExportSettings: { ar: 'صدّر الإعدادات', en: 'Export settings' },
  optImportSettings: { ar: 'استورد ملف إعدادات:', en: 'Import a settings file:' },
  optImported: { ar: 'استُوردت الإعدادات.', en: 'Settings imported.' },
  optNotImported: { ar: 'لم يتغير شيء:', en: 'Nothing changed:' },
  // first-run page
  welcomeTitle: { ar: 'مرحباً بك في سياق', en: 'Welcome to Siyaq' },
  welcomeWhat: {
    ar: 'يعرّف سياق بالأشخاص والفصائل والأماكن والأحداث التي تذكرها الأخبار العربية عن العراق والولايات المتحدة والفصائل المسلحة، كما كانت في تاريخ المقال، ويدقق التواريخ والأرقام والمناصب والأسماء من قاعدة حقائق لكل معلومة فيها مصدرها.',
    en: 'Siyaq explains the people, factions, places and events that Arabic news about Iraq, the United States and the armed factions names, as they were at the article’s date, and checks dates, figures, roles and names against a fact base in which every fact has its source.',
  },
  welcomeHow: { ar: 'كيف تبدأ', en: 'How to start' },
  welcomeHover: {
    ar: 'افتح مقالاً في أحد المواقع الإخبارية المدمجة ({n}): تُبرز الأسماء المعروفة؛ مرّر المؤشر فوق اسم أو انقر عليه لترى بطاقته.',
    en: 'Open an article on one of the built-in news sites ({n}): known names are highlighted; hover over or tap a name to see its card.',
  },
  welcomeClaims: {
    ar: 'الادعاءات المدققة مسطّرة: ✗ مخالف للسجل، ? لم يُتحقق منه، ✓ مؤكَّد. زر سياق في شريط الأدوات يسردها، ويصدّر تقرير الصفحة.',
    en: 'Checked claims are underlined: ✗ contradicted, ? unverified, ✓ supported. Siyaq’s toolbar button lists them and exports the page’s report.',
  },
  welcomeKeys: {
    ar: 'من لوحة المفاتيح (يمكنك تغييرها في إعدادات المتصفح):',
    en: 'From the keyboard (you can change these in the browser’s settings):',
  },
  welcomeNotes: {
    ar: 'حدّد نصاً ثم «＋ ملاحظة» لتحفظ ملاحظتك على هذا الجهاز.',
    en: 'Select text, then “+ Note”, to keep your note on this machine.',
  },
  welcomeSites: {
    ar: 'على مواقع أخرى: زر سياق ← «مفعّل على هذا الموقع»، أو أضفها في الإعدادات.',
    en: 'On other sites: Siyaq’s button → “On for this site”, or add them in the settings.',
  },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

/** How a qualifier reads before a number; figures on cards and in claims use the same words. */
const QUALIFIER_WORDS: Readonly<Record<Qualifier, { readonly ar: string; readonly en: string }>> = {
  exact: { ar: '', en: '' },
  'more-than': { ar: 'أكثر من', en: 'more than' },
  'at-least': { ar: 'ما لا يقل عن', en: 'at least' },
  about: { ar: 'نحو', en: 'about' },
  'up-to': { ar: 'حتى', en: 'up to' },
  'less-than': { ar: 'أقل من', en: 'fewer than' },
};

export function qualifierWord(q: Qualifier, lang: Lang): string {
  return QUALIFIER_WORDS[q][lang];
}

/** Numbers in Latin digits with grouping: Arabic news sites mostly print Latin digits. */
export function formatNumber(n: number, lang: Lang): string {
  return n.toLocaleString(lang === 'ar' ? 'ar-u-nu-latn' : 'en');
}

const MONTHS_EN_SHORT = MONTH_NAMES_EN.map((m) => m.slice(0, 3));

/** A partial date as readers expect it: «3 يناير 2020», «يناير 2020», «2020». */
export function formatDate(d: string, lang: Lang): string {
  const [y, m, day] = d.split('-');
  const months = lang === 'ar' ? MONTH_NAMES_AR : MONTHS_EN_SHORT;
  const month = m ? months[Number(m) - 1] : undefined;
  return [day ? String(Number(day)) : '', month ?? '', y ?? ''].filter(Boolean).join(' ');
}
