/** Interface text, Arabic first. Fact text comes from the fact base in both languages. */
import { MONTH_NAMES_AR, MONTH_NAMES_EN } from '../core/arabic/month-names';
import { QUALIFIER_WORDS } from '../core/claims/format';
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
  date: { ar: 'التاريخ', en: 'Date' },
  places: { ar: 'المكان', en: 'Where' },
  participants: { ar: 'الأطراف', en: 'Who' },
  seedSource: { ar: 'مقال من مقالات الأساس', en: 'seed article' },
  webSource: { ar: 'مصدر خارج مقالات الأساس', en: 'not from the seed articles' },
  unknownOutlet: { ar: 'منفذ غير معروف', en: 'unknown outlet' },
  sourcesDisagree: { ar: 'المصادر تختلف', en: 'sources differ' },
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
  claimsOnPage: { ar: 'الادعاءات في هذه الصفحة', en: 'Claims on this page' },
  noClaims: { ar: 'لا ادعاءات قابلة للفحص.', en: 'No checkable claims.' },
  // popup
  popupTitle: { ar: 'سياق', en: 'Siyaq' },
  enabledHere: { ar: 'مفعّل على هذا الموقع', en: 'On for this site' },
  annotatePage: { ar: 'حلّل هذه الصفحة', en: 'Annotate this page' },
  alwaysHere: { ar: 'شغّل دائماً على هذا الموقع', en: 'Always run on this site' },
  foundOnPage: { ar: 'في هذه الصفحة', en: 'On this page' },
  nothingFound: { ar: 'لم يُعثر على أسماء معروفة بعد.', en: 'No known names found yet.' },
  notAnnotated: { ar: 'لم تُحلَّل هذه الصفحة.', en: 'This page has not been annotated.' },
  mentions: { ar: 'إشارة', en: 'mentions' },
  keyboardHint: {
    ar: 'لوحة المفاتيح: Alt+Shift+N للإشارة التالية، Alt+Shift+P للسابقة، Esc للإغلاق',
    en: 'Keyboard: Alt+Shift+N next mention, Alt+Shift+P previous, Esc to close',
  },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: Lang): string {
  return STRINGS[key][lang];
}

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
