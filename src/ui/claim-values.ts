/**
 * What a claim says and what is recorded, in words: the core gives values
 * (core/claims/claim.ts `ClaimValue`), this view writes them in Arabic or English.
 */
import type { ClaimValue } from '../core/claims/claim';
import { spanYears } from '../core/facts/dates';
import { formatDate, formatNumber, type Lang, qualifierWord } from './strings';

const WEEKDAYS: Record<Lang, readonly string[]> = {
  ar: ['الأحد', 'الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const words = (...parts: string[]) => parts.filter(Boolean).join(' ');

export function claimValueText(v: ClaimValue, lang: Lang): string {
  switch (v.type) {
    case 'date':
      return formatDate(v.date, lang);
    case 'weekday':
      return words(WEEKDAYS[lang][v.weekday] ?? '', formatDate(v.date, lang));
    case 'quantity': {
      const unit = v.unit?.[lang] ?? v.kind;
      const n = (x: number) => formatNumber(x, lang);
      const amount =
        v.upper !== undefined
          ? lang === 'ar'
            ? `بين ${n(v.value)} و${n(v.upper)}`
            : `between ${n(v.value)} and ${n(v.upper)}`
          : words(qualifierWord(v.qualifier, lang), n(v.value));
      const asOf = v.asOf
        ? lang === 'ar'
          ? `(حتى ${formatDate(v.asOf, lang)})`
          : `(as of ${formatDate(v.asOf, lang)})`
        : '';
      return words(amount, unit, asOf);
    }
    case 'title':
      return v.former ? `${v.text} (${lang === 'ar' ? 'السابق' : 'former'})` : v.text;
    case 'role': {
      const years = spanYears(v)[lang];
      return years ? `${v.title[lang]} (${years})` : v.title[lang];
    }
    case 'name':
      return v.text[lang];
  }
}
