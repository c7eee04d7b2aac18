/**
 * The fact base as the extension loads it: files already validated by the build
 * (build.mjs refuses to build an invalid base), merged without the schema library,
 * so page load pays neither its size nor its time.
 */
import type { FactBase, NamedFile } from './factbase';
import type { FactFile, FactRecord, Source } from './schema';

export function mergePrevalidated(files: readonly NamedFile[]): FactBase {
  const records = new Map<string, FactRecord>();
  const sources = new Map<string, Source>();
  for (const { data } of files) {
    const file = data as FactFile;
    for (const s of file.sources ?? []) sources.set(s.id, s);
    for (const r of file.records ?? [])
      records.set(r.id, { ...r, aliases: r.aliases.map((a) => ({ ...a, kind: a.kind ?? 'strong' })) });
  }
  return { records, sources };
}
