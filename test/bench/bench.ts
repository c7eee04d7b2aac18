/**
 * `npm run bench`: the matcher's budgets (docs/benchmarks.md), measured side by side
 * in one run and reported as ratios, because these machines are shared and noisy.
 *
 *   mbPerSec        matcher throughput on Arabic news text (the seeds), seed fact base
 *   floorRatio      matcher time / a bare charCodeAt loop over the same text   (budget ≤ 5)
 *   regexSpeedup10k one RegExp alternation of 10,000 aliases / matcher with them (budget ≥ 10)
 *   scale100kRatio  per-character cost with 100,000 aliases / with the seed base (budget ≤ 2)
 *   compile100kMs   compiling 100,000 aliases                                    (budget < 1000)
 *   restoreMs, restore100kMs  a stored matcher (structured clone, as IndexedDB keeps it) back in use
 *   tablesKB, tablesKB100k    the compiled matcher's size: what the background stores per pack set
 *   contentGzKB     content script minified+gzipped (release build)              (budget ≤ 25)
 *   claimsMsPerMB   claim checks on ~1 MB of text, 20,000-character batches as pages send them
 *   longSentenceRatio  claim checks on one sentence without full stops / the same words as sentences
 *                      (quadratic before sentences were capped: 4.6× at 290 KB)             (budget ≤ 1.5)
 *   heldout…, altered…  claim verdicts on the held-out pages (./heldout-claims.ts)
 *   mentions…, entities…  named mentions on those pages found as the right record (./heldout-mentions.ts)
 *   anchors          notes on those pages re-anchored after each kind of edit (./anchor-bench.ts)
 *
 * `--json` prints one JSON object (the page benchmark's under `page`); otherwise a table.
 * `--no-page` skips the page benchmark in Chromium.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { foldKey } from '../../src/core/arabic/fold';
import { checkClaims } from '../../src/core/claims/check';
import type { MentionEntity } from '../../src/core/match/matcher';
import {
  type CompiledMatcher,
  compileAliases,
  compileMatcher,
  compileMatcherTables,
  matcherFrom,
} from '../../src/core/match/matcher';
import { bundledFactBase } from '../../src/facts/bundled';
import { anchorBench } from './anchor-bench';
import { heldoutClaims } from './heldout-claims';
import { heldoutMentions } from './heldout-mentions';
import { contentScriptSizes } from './size';
import { syntheticAliases } from './synthetic';

const SEEDS = join(process.cwd(), 'src/facts/seeds');
const seedText = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(SEEDS, f), 'utf8'))
  .join('\n\n');
// About 1 MB of Arabic news text (UTF-8), the size of a long live blog.
const TARGET_BYTES = 1_000_000;
const text = seedText.repeat(Math.ceil(TARGET_BYTES / Buffer.byteLength(seedText)));
const bytes = Buffer.byteLength(text);

const entity: MentionEntity = {
  id: 'synthetic',
  type: 'person',
  label: { ar: 'x', en: 'x' },
  wikidata: null,
};
const asEntries = (texts: readonly string[]) =>
  texts.map((t) => ({
    text: t,
    entry: { entity, kind: 'strong' as const, notFollowedBy: [], notPrecededBy: [] },
  }));

/** Median of `runs` timings of `fn`, in milliseconds. */
function time(fn: () => unknown, runs = 7): number {
  const ts: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ts.push(performance.now() - t0);
  }
  return ts.sort((a, b) => a - b)[Math.floor(runs / 2)] as number;
}

let sink = 0;
function floorLoop(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h + s.charCodeAt(i)) | 0;
  return h;
}

const base = bundledFactBase();
const seedMatcher = compileMatcher(base);
const seedAliasTexts = [...base.records.values()].flatMap((r) => r.aliases.map((a) => a.text));

// 10,000 aliases: the seed base's plus synthetic ones; the same list for the RegExp.
const aliases10k = [...seedAliasTexts, ...syntheticAliases(10_000 - seedAliasTexts.length, 11)];
const matcher10k = compileAliases(asEntries(aliases10k));
const escaped = [...new Set(aliases10k.map(foldKey))]
  .sort((a, b) => b.length - a.length)
  .map((a) => a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const regex10k = new RegExp(escaped.join('|'), 'g');
const foldedText = foldKey(text);

const aliases100k = [...seedAliasTexts, ...syntheticAliases(100_000 - seedAliasTexts.length, 13)];
const compile100kMs = time(() => compileAliases(asEntries(aliases100k)), 3);
const matcher100k = compileAliases(asEntries(aliases100k));

// Warm up every contender, then measure them interleaved.
for (let i = 0; i < 2; i++) {
  sink += floorLoop(text) + seedMatcher.find(text).mentions.length + matcher10k.find(text).mentions.length;
  sink += matcher100k.find(text).mentions.length;
}
const floorMs = time(() => (sink += floorLoop(text)), 15);
const seedMs = time(() => (sink += seedMatcher.find(text).mentions.length));
const m10kMs = time(() => (sink += matcher10k.find(text).mentions.length));
const m100kMs = time(() => (sink += matcher100k.find(text).mentions.length));
// The regex gets the already-folded text: we only charge it for matching.
const regexMs = time(() => {
  for (const m of foldedText.matchAll(regex10k)) sink += m.index;
}, 3);

const sizes = contentScriptSizes();

/** Bytes a compiled matcher takes: its typed arrays, and its strings and entries as JSON. */
function tablesBytes(c: CompiledMatcher): number {
  let n = 0;
  for (const part of [c.automaton, c]) {
    for (const [k, v] of Object.entries(part)) {
      if (ArrayBuffer.isView(v)) n += v.byteLength;
      else if (k !== 'automaton') n += JSON.stringify(v).length * 2;
    }
  }
  return n;
}
const seedTables = compileMatcherTables(base);
const restoreMs = time(() => matcherFrom(structuredClone(seedTables), base), 7);
const compileSeedMs = time(() => compileMatcherTables(base), 7);
// 100,000 synthetic aliases as a fact base of 1,000 records (the shape a user pack has).
const synthRecords = new Map(base.records);
const synth = syntheticAliases(100_000, 13);
for (let r = 0; r < 1000; r++) {
  synthRecords.set(`syn-${r}`, {
    id: `syn-${r}`,
    type: 'organization',
    subtype: 'militia',
    label: { ar: 'س', en: 's' },
    description: { ar: 'س', en: 's' },
    wikidata: null,
    aliases: synth
      .slice(r * 100, r * 100 + 100)
      .map((text) => ({ text, lang: 'ar' as const, kind: 'strong' as const })),
  });
}
const base100k = { records: synthRecords, sources: base.sources };
const tables100k = compileMatcherTables(base100k);
const restore100kMs = time(() => matcherFrom(structuredClone(tables100k), base100k), 3);

const result = {
  ...sizes,
  textBytes: bytes,
  textChars: text.length,
  seedAliases: seedAliasTexts.length,
  mbPerSec: +(bytes / 1e6 / (seedMs / 1000)).toFixed(1),
  floorRatio: +(seedMs / floorMs).toFixed(2),
  regexSpeedup10k: +(regexMs / m10kMs).toFixed(1),
  scale100kRatio: +(m100kMs / seedMs).toFixed(2),
  compile100kMs: Math.round(compile100kMs),
  compileSeedMs: +compileSeedMs.toFixed(1),
  restoreMs: +restoreMs.toFixed(1),
  restore100kMs: +restore100kMs.toFixed(1),
  tablesKB: Math.round(tablesBytes(seedTables) / 1024),
  tablesKB100k: Math.round(tablesBytes(tables100k) / 1024),
  ms: {
    floor: +floorMs.toFixed(2),
    seed: +seedMs.toFixed(2),
    aliases10k: +m10kMs.toFixed(2),
    regex10k: +regexMs.toFixed(2),
    aliases100k: +m100kMs.toFixed(2),
  },
  mentionsInText: seedMatcher.find(text).mentions.length,
  mentionsInText100k: matcher100k.find(text).mentions.length,
  mentionsInText10k: matcher10k.find(text).mentions.length,
  sink: sink & 1,
};

// Claim checks as the background runs them: per 20,000-character batch, median of 5 rounds.
const claimBatches: string[] = [];
for (let i = 0; i < text.length; i += 20_000) claimBatches.push(text.slice(i, i + 20_000));
const claimBatchMentions = claimBatches.map((b) => seedMatcher.find(b).mentions);
const claimRounds: number[] = [];
for (let r = 0; r < 5; r++) {
  const t0 = performance.now();
  claimBatches.forEach((b, i) => {
    sink += checkClaims(base, { text: b, mentions: claimBatchMentions[i]!, date: '2024-01-25' }).length;
  });
  claimRounds.push(performance.now() - t0);
}
claimRounds.sort((a, b) => a - b);

// One 120,000-character «sentence» (no full stops) against the same words as 1,600 sentences,
// alternating, medians of 5: the cost per character must not grow with a sentence's length.
const clause = 'وقال رئيس الوزراء مصطفى الكاظمي إن 25 صاروخا سقطت على قاعدة عين الأسد في 5 يناير 2020';
const asOne = `${clause} و`.repeat(1600);
const asMany = `${clause}. `.repeat(1600);
const longRounds: number[][] = [[], []];
for (let r = 0; r < 5; r++) {
  [asOne, asMany].forEach((t, i) => {
    const mentions = seedMatcher.find(t).mentions;
    const t0 = performance.now();
    sink += checkClaims(base, { text: t, mentions, date: '2021-01-01' }).length;
    longRounds[i]!.push(performance.now() - t0);
  });
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[2]!;
const { details: heldoutDetails, ...heldout } = heldoutClaims();
const { missed: mentionsMissed, wrong: mentionsWrong, ...mentions } = heldoutMentions(base);
Object.assign(result, {
  claimsMsPerMB: +((claimRounds[2]! * 1e6) / bytes).toFixed(1),
  longSentenceRatio: +(median(longRounds[0]!) / median(longRounds[1]!)).toFixed(2),
  ...heldout,
  heldoutDetails,
  ...mentions,
  mentionsMissed,
  mentionsWrong,
  // Notes re-anchored after each kind of page edit: found / tried.
  anchors: Object.fromEntries(Object.entries(anchorBench()).map(([k, v]) => [k, `${v.found}/${v.tried}`])),
});

// The page benchmark (headless Chromium) runs in its own process after this one, so one
// `npm run bench -- --json` prints one object with both.
const json = process.argv.includes('--json');
const page = process.argv.includes('--no-page')
  ? null
  : spawnSync(process.execPath, [join(import.meta.dirname, 'page-bench.mjs'), ...(json ? ['--json'] : [])], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
if (page && page.status !== 0) {
  process.stderr.write(`page benchmark failed (exit ${page.status})\n${page.stdout}`);
  process.exitCode = 1;
}

if (json) {
  const pageResult = page?.status === 0 ? JSON.parse(page.stdout.trim().split('\n').pop() as string) : null;
  process.stdout.write(`${JSON.stringify({ ...result, page: pageResult })}\n`);
} else {
  const rows: [string, string, string][] = [
    ['throughput (seed base)', `${result.mbPerSec} MB/s`, ''],
    ['matcher / charCodeAt floor', `${result.floorRatio}×`, '≤ 5×'],
    ['RegExp(10k) / matcher(10k)', `${result.regexSpeedup10k}×`, '≥ 10×'],
    ['per-char 100k / seed base', `${result.scale100kRatio}×`, '≤ 2×'],
    ['compile 100k aliases', `${result.compile100kMs} ms`, '< 1000 ms'],
    ['restore stored matcher (seed)', `${result.restoreMs} ms`, `compile: ${result.compileSeedMs} ms`],
    ['restore stored matcher (100k)', `${result.restore100kMs} ms`, `compile: ${result.compile100kMs} ms`],
    ['compiled matcher (seed / 100k)', `${result.tablesKB} / ${result.tablesKB100k} KB`, ''],
    ['content script', `${result.contentGzKB} KB gz`, '≤ 25 KB'],
    ['claim checks per MB', `${(result as Record<string, unknown>).claimsMsPerMB} ms`, ''],
    ['one long sentence / sentences', `${(result as Record<string, unknown>).longSentenceRatio}×`, '≤ 1.5'],
    [
      'held-out claims: judged / false alarms / false supports',
      `${heldout.heldoutJudged} of ${heldout.heldoutClaims} / ${heldout.heldoutFalseAlarms} / ${heldout.heldoutFalseSupports}`,
      '',
    ],
    [
      'held-out names: recall / precision',
      `${mentions.mentionsRecall} of ${mentions.mentionsGold} / ${mentions.mentionsPrecision} of ${mentions.mentionsPredicted}`,
      `entities with a record: ${mentions.entitiesCovered} of ${mentions.entitiesGold}`,
    ],
    [
      'altered claims: caught / supported',
      `${heldout.alteredCaught} of ${heldout.alteredClaims} / ${heldout.alteredFalseSupports}`,
      'supported: 0',
    ],
  ];
  process.stdout.write(
    `Matcher on ${(bytes / 1e6).toFixed(2)} MB of Arabic news text (${result.seedAliases} seed aliases)\n`,
  );
  for (const [k, v, budget] of rows)
    process.stdout.write(`  ${k.padEnd(30)} ${v.padStart(12)}   ${budget}\n`);
  process.stdout.write(`  raw ms: ${JSON.stringify(result.ms)}\n`);
  if (page?.status === 0) process.stdout.write(`\n${page.stdout}`);
}
