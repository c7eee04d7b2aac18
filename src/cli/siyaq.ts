/**
 * The `siyaq` command: the same core as the extension, on files.
 */

import pkg from '../../package.json';
import { type Annotation, annotate } from '../core/annotate';
import { isRealDate } from '../core/facts/dates';
import { factStats } from '../core/facts/stats';
import { compileMatcher } from '../core/match/matcher';
import { bundledFactBase } from '../facts/bundled';
import { t } from '../ui/strings';
import { bundledPacks, writePacks } from './pack';
import { checkPackDir } from './pack-check';
import { InputError, readDocument } from './read-document';

const USAGE = `usage:
  siyaq annotate <file.txt|file.html|-> [--format json|text] [--date YYYY-MM-DD]
                                    (- reads standard input; UTF-8, or UTF-16 with a BOM)
  siyaq facts [--json]              summarise the bundled fact base
  siyaq pack --out <dir>            write the bundled fact base as packs by theme (<id>.json, index.json)
  siyaq pack check <dir>            every problem of the fact files in <dir>, with file and JSON path
  siyaq --version                   the version
  siyaq <command> --help            this text`;

class UsageError extends Error {}

function parseFlags(
  args: string[],
  allowed: Record<string, boolean>,
): { positional: string[]; flags: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (!a.startsWith('--')) {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
    if (!(name in allowed)) throw new UsageError(`unknown option --${name}`);
    if (!allowed[name]) flags.set(name, '');
    else {
      const value = inline ?? args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    }
  }
  return { positional, flags };
}

function annotateCommand(args: string[]): void {
  const { positional, flags } = parseFlags(args, { format: true, date: true });
  if (positional.length !== 1) throw new UsageError('annotate takes exactly one file');
  const format = flags.get('format') ?? 'json';
  if (format !== 'json' && format !== 'text')
    throw new UsageError(`--format must be json or text, not "${format}"`);
  const date = flags.get('date');
  if (date !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(date))
    throw new UsageError(`--date must be a day as YYYY-MM-DD, not "${date}"`);
  if (date !== undefined && !isRealDate(date))
    throw new UsageError(`--date ${date} is not a day of the calendar`);
  const doc = readDocument(positional[0] as string);
  const base = bundledFactBase();
  const result = annotate(base, compileMatcher(base), doc, date ? { date } : {});
  process.stdout.write(format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : textReport(result));
}

function textReport(a: Annotation): string {
  const lines = [`date: ${a.date ?? 'unknown'}${a.dateFrom ? ` (from ${a.dateFrom})` : ''}`, ''];
  const byType = new Map<string, number>();
  for (const m of a.mentions) byType.set(m.entity.type, (byType.get(m.entity.type) ?? 0) + 1);
  lines.push(
    `mentions: ${a.mentions.length}${byType.size ? ` (${[...byType].map(([t, n]) => `${t} ${n}`).join(', ')})` : ''}`,
  );
  for (const m of a.mentions) {
    lines.push(
      `  ${String(m.start).padStart(6)}–${String(m.end).padEnd(6)} ${m.surface}  →  ${m.entity.label.ar} / ${m.entity.label.en} [${m.entity.type}: ${m.entity.id}]`,
    );
  }
  if (a.ambiguous.length) {
    lines.push('', `ambiguous: ${a.ambiguous.length}`);
    for (const x of a.ambiguous) {
      lines.push(
        `  ${String(x.start).padStart(6)}–${String(x.end).padEnd(6)} ${x.surface}  →  one of ${x.candidates.map((c) => c.id).join(', ')}`,
      );
    }
  }
  const verdicts = new Map<string, number>();
  for (const c of a.claims) verdicts.set(c.verdict, (verdicts.get(c.verdict) ?? 0) + 1);
  lines.push(
    '',
    `claims: ${a.claims.length}${verdicts.size ? ` (${[...verdicts].map(([v, n]) => `${v} ${n}`).join(', ')})` : ''}`,
  );
  for (const c of a.claims) {
    lines.push(
      `  ${String(c.start).padStart(6)}–${String(c.end).padEnd(6)} ${c.verdict.toUpperCase().padEnd(12)} ${c.kind.padEnd(6)} «${c.text}»`,
      `${' '.repeat(16)}found: ${c.found}${c.expected ? `   recorded: ${c.expected}` : ''}${c.subject ? `   [${c.subject}]` : ''}`,
    );
    if (c.reason) lines.push(`${' '.repeat(16)}${t(`reason_${c.reason}`, 'en')}`);
    for (const s of c.sources.slice(0, 3)) lines.push(`${' '.repeat(16)}source ${s.source}: «${s.quote}»`);
  }
  lines.push('');
  return lines.join('\n');
}

function factsCommand(args: string[]): void {
  const { flags } = parseFlags(args, { json: false });
  const stats = {
    ...factStats(bundledFactBase()),
    packs: Object.fromEntries(bundledPacks().map((p) => [p.manifest.id, p.manifest.counts])),
  };
  if (flags.has('json')) {
    process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    return;
  }
  const line = (label: string, o: Record<string, number> | number) =>
    `${label.padEnd(20)} ${
      typeof o === 'number'
        ? o
        : Object.entries(o)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')
    }`;
  process.stdout.write(
    [
      'Siyaq fact base',
      line('records', stats.records),
      line('aliases', stats.aliases),
      line('roles', stats.roles),
      line('relations', stats.relations),
      line('statements', stats.statements),
      line('figures', stats.figures),
      line('citations', stats.citations),
      line('  by tier', stats.citationsByTier),
      line('sources', stats.sources),
      line('  by tier', stats.tiers),
      ...Object.entries(stats.packs).map(([id, c]) => line(`pack ${id}:`, c)),
      '',
    ].join('\n'),
  );
}

function packCommand(args: string[]): void {
  if (args[0] === 'check') {
    const dir = args[1];
    if (!dir || args.length > 2) throw new UsageError('pack check needs one directory');
    const { problems, records, sources } = checkPackDir(dir);
    for (const p of problems) process.stdout.write(`${p}\n`);
    process.stdout.write(`${dir}: ${records} records, ${sources} sources, ${problems.length} problem(s)\n`);
    if (problems.length) process.exitCode = 1;
    return;
  }
  const { flags } = parseFlags(args, { out: true });
  const out = flags.get('out');
  if (!out) throw new UsageError('pack needs --out <dir>');
  for (const { manifest } of writePacks(out))
    process.stdout.write(
      `${manifest.id} ${manifest.version}: ${manifest.counts.records} records, ${manifest.counts.sources} sources → ${out}\n`,
    );
}

const COMMANDS: Record<string, (args: string[]) => void> = {
  annotate: annotateCommand,
  facts: factsCommand,
  pack: packCommand,
};

// A reader that stops early (`siyaq annotate a.html | head`) closes the pipe: end quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`siyaq: cannot write the output (${e.code ?? e.message})\n`);
  process.exit(1);
});

const [command, ...rest] = process.argv.slice(2);
try {
  if (command === undefined || command === '-h' || command === '--help' || rest.includes('--help'))
    process.stdout.write(`${USAGE}\n`);
  else if (command === '--version' || command === '-v') process.stdout.write(`siyaq ${pkg.version}\n`);
  else {
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"`);
    run(rest);
  }
} catch (e) {
  if (e instanceof UsageError) {
    process.stderr.write(`siyaq: ${e.message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (e instanceof InputError) {
    process.stderr.write(`siyaq: ${e.message}\n`);
    process.exit(1);
  }
  // Not the user's doing: one line, and the stack only when asked for (SIYAQ_DEBUG=1).
  process.stderr.write(
    `siyaq: unexpected error: ${e instanceof Error ? e.message : String(e)} (a bug: please report it)\n`,
  );
  if (process.env.SIYAQ_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : ''}\n`);
  process.exit(1);
}
