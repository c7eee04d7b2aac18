/**
 * The editor's report of a page as Markdown, to paste into a newsroom chat or document: the page,
 * its date, then every claim with the verdict, what the text says, what is recorded (with sources)
 * and the editor's mark. Words are the views'; values come from the page's report (messages.ts).
 */
import type { PageReport } from '../messages';
import { claimValueText } from './claim-values';
import { formatDate, type Lang, t } from './strings';

/** Markdown table cells: no pipes or line breaks from page or fact text. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function reportMarkdown(r: PageReport, lang: Lang): string {
  const lines = [
    `# ${t('reportTitle', lang)}: ${cell(r.title)}`,
    '',
    `- ${t('reportPage', lang)}: ${r.page}`,
    `- ${t('reportDate', lang)}: ${r.date ? formatDate(r.date, lang) : t('unknownDate', lang)}`,
    `- ${t('reportClaims', lang)}: ${r.claims.length}`,
    '',
    `| # | ${t('claimed', lang)} | ${t('reportKind', lang)} | ${t('reportVerdict', lang)} | ${t('recordedValue', lang)} | ${t('sources', lang)} | ${t('reportMark', lang)} |`,
    '|---|---|---|---|---|---|---|',
  ];
  r.claims.forEach((c, i) => {
    const recorded = c.recorded.map((x) => claimValueText(x.value, lang)).join('؛ ') || '—';
    const sources =
      [...new Set(c.recorded.flatMap((x) => x.sources.map((s) => s.url ?? s.title)))].join(' ، ') || '—';
    const why = c.reason ? ` (${t(`reason_${c.reason}`, lang)})` : '';
    const mark = c.mark ? `${t(`mark_${c.mark}`, lang)}${c.comment ? `: ${c.comment}` : ''}` : '—';
    lines.push(
      `| ${i + 1} | ${cell(c.text)} | ${t(`kind_${c.kind}`, lang)} | ${t(c.verdict, lang)}${cell(why)} | ${cell(recorded)} | ${cell(sources)} | ${cell(mark)} |`,
    );
  });
  return `${lines.join('\n')}\n`;
}
