/**
 * `siyaq pack check <dir>`: every problem of the fact files in a directory, each
 * with its file and JSON path: the schema, ids and references, aliases, seed
 * quotes (the seed texts in <dir>/seeds) and the source policy.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkSeedQuotes, type NamedFile, readFactBase } from '../core/facts/factbase';
import { policyProblems } from '../core/facts/source-policy';
import { InputError } from './read-document';

export function checkPackDir(dir: string): { problems: string[]; records: number; sources: number } {
  if (!existsSync(dir)) throw new InputError(`no such directory: ${dir}`);
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  const problems: string[] = [];
  const files: NamedFile[] = [];
  for (const name of names) {
    try {
      files.push({ name, data: JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown });
    } catch (e) {
      problems.push(`${name}: not JSON: ${(e as Error).message}`);
    }
  }
  const { base, problems: found } = readFactBase(files);
  // Where each record and source sits, so a problem names its file and JSON path.
  const place = new Map<string, string>();
  for (const { name, data } of files) {
    const d = data as { records?: { id?: unknown }[]; sources?: { id?: unknown }[] };
    d.records?.forEach((r, i) => place.set(String(r.id), `${name}: records[${i}]`));
    d.sources?.forEach((s, i) => place.set(`source ${String(s.id)}`, `${name}: sources[${i}]`));
  }
  const located = (p: string) => {
    const m = /^(source [^:]+|[a-z0-9-]+): /.exec(p);
    const at = m ? place.get(m[1]!) : undefined;
    return at ? `${at} (${m![1]!.replace(/^source /, '')}): ${p.slice(m![0].length)}` : p;
  };
  const seeds = join(dir, 'seeds');
  const seedText = (file: string) => {
    const path = join(seeds, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  };
  problems.push(...found, ...checkSeedQuotes(base, seedText), ...policyProblems(base));
  return { problems: problems.map(located), records: base.records.size, sources: base.sources.size };
}
