/**
 * The `siyaq` command: the same core as the extension, on files.
 *   siyaq facts                 summary of the bundled fact base
 */
import { factStats } from '../core/facts/stats';
import { bundledFactBase } from '../facts/bundled';

const USAGE = `usage:
  siyaq facts                       summarise the bundled fact base`;

function fail(message: string, code = 2): never {
  process.stderr.write(`siyaq: ${message}\n`);
  process.exit(code);
}

function factsCommand(args: string[]): void {
  const json = args.includes('--json');
  const stats = factStats(bundledFactBase());
  if (json) {
    process.stdout.write(`${JSON.stringify(stats, null, 2)}\n`);
    return;
  }
  const line = (label: string, o: Record<string, number> | number) =>
    `${label.padEnd(12)} ${typeof o === 'number' ? o : Object.entries(o).map(([k, n]) => `${k} ${n}`).join(', ')}`;
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
      line('sources', stats.sources),
      '',
    ].join('\n'),
  );
}

const [command, ...rest] = process.argv.slice(2);
switch (command) {
  case 'facts':
    factsCommand(rest);
    break;
  case undefined:
  case '-h':
  case '--help':
    process.stdout.write(`${USAGE}\n`);
    break;
  default:
    fail(`unknown command "${command}"\n${USAGE}`);
}
