/**
 * Claim checks on the held-out pages (test/fixtures/heldout-claims: eight outlets the project
 * had not used, gathered and graded by someone who never saw the fact base) and on altered copies
 * of their sentences. A measurement, never a test: nothing is tuned on these pages.
 *
 *   heldoutClaims         graded claims in the pages (true, false or unknown in the real world)
 *   heldoutJudged         of those, how many got a verdict other than unverified
 *   heldoutFalseAlarms    true claims marked contradicted
 *   heldoutFalseSupports  false claims marked supported
 *   alteredClaims         altered sentences (one claim made false in each)
 *   alteredCaught         altered claims marked contradicted
 *   alteredFalseSupports  altered claims marked supported: the worst outcome
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkClaims } from '../../src/core/claims/check';
import { compileMatcher } from '../../src/core/match/matcher';
import { bundledFactBase } from '../../src/facts/bundled';

const DIR = join(process.cwd(), 'test/fixtures/heldout-claims');

interface Gold {
  claims: { text: string; kind: string; truth: 'true' | 'false' | 'unknown'; why: string }[];
}
interface Altered {
  file: string;
  sentence: string;
  claim: string;
  kind: string;
  why: string;
}
interface Page {
  file: string;
  date: string;
}

export function heldoutClaims() {
  const base = bundledFactBase();
  const matcher = compileMatcher(base);
  const check = (text: string, date: string) =>
    checkClaims(base, { text, mentions: matcher.find(text).mentions, date });
  /** Our claim over the words at [start, end), if any. */
  const over = (claims: ReturnType<typeof check>, start: number, end: number) =>
    claims.find((c) => c.start < end && start < c.end);
  const pages = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8')) as Page[];
  const details: string[] = [];
  let claims = 0;
  let judged = 0;
  let falseAlarms = 0;
  let falseSupports = 0;
  for (const page of pages) {
    const text = readFileSync(join(DIR, page.file), 'utf8');
    const gold = JSON.parse(
      readFileSync(join(DIR, page.file.replace(/\.txt$/, '.gold.json')), 'utf8'),
    ) as Gold;
    const ours = check(text, page.date);
    let from = 0;
    for (const g of gold.claims) {
      let at = text.indexOf(g.text, from);
      if (at < 0) at = text.indexOf(g.text);
      if (at < 0) continue;
      from = at + g.text.length;
      claims++;
      const c = over(ours, at, at + g.text.length);
      if (!c || c.verdict === 'unverified') continue;
      judged++;
      if (g.truth === 'true' && c.verdict === 'contradicted') {
        falseAlarms++;
        details.push(`false alarm: ${page.file} «${g.text}» (${c.kind}, ${c.subject}: ${c.expected})`);
      }
      if (g.truth === 'false' && c.verdict === 'supported') {
        falseSupports++;
        details.push(`false support: ${page.file} «${g.text}» (${c.kind}, ${c.subject})`);
      }
    }
  }
  const altered = JSON.parse(readFileSync(join(DIR, 'altered.json'), 'utf8')) as Altered[];
  let caught = 0;
  let alteredSupported = 0;
  for (const a of altered) {
    const date = pages.find((p) => p.file === a.file)?.date ?? '2024-01-01';
    const at = a.sentence.indexOf(a.claim);
    const c = at < 0 ? undefined : over(check(a.sentence, date), at, at + a.claim.length);
    if (c?.verdict === 'contradicted') caught++;
    if (c?.verdict === 'supported') {
      alteredSupported++;
      details.push(`altered, supported: «${a.claim}» (${c.kind}, ${c.subject}: ${c.expected})`);
    }
  }
  return {
    heldoutClaims: claims,
    heldoutJudged: judged,
    heldoutFalseAlarms: falseAlarms,
    heldoutFalseSupports: falseSupports,
    alteredClaims: altered.length,
    alteredCaught: caught,
    alteredFalseSupports: alteredSupported,
    details,
  };
}

if (process.argv.includes('--heldout-claims')) console.log(JSON.stringify(heldoutClaims(), null, 1));
