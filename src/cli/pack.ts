/**
 * Writes the bundled fact base as packs by theme (docs/fact-packs.md): the
 * directory gets `<id>.json` per pack (manifest, sources, records) and
 * `index.json` (their manifests), which the extension's background reads from
 * its package. The packs are validated together, as the background merges them.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_SCHEMA_VERSION } from '../core/packs/manifest';
import { type Pack, parsePack } from '../core/packs/pack';
import { BUNDLED_PACKS, FACT_FILES } from '../facts/index';

/** The bundled packs (BUNDLED_PACKS), validated together as the background will merge them. */
export function bundledPacks(): Pack[] {
  const raws = BUNDLED_PACKS.map(({ files, ...meta }) => {
    const data = files.map((name) => {
      const file = FACT_FILES.find((f) => f.name === name);
      if (!file) throw new Error(`pack ${meta.id}: no fact file ${name} in FACT_FILES`);
      return file.data as { sources?: unknown[]; records?: unknown[] };
    });
    const sources = data.flatMap((d) => d.sources ?? []);
    const records = data.flatMap((d) => d.records ?? []);
    const digest = createHash('sha256').update(JSON.stringify({ sources, records })).digest('hex');
    return {
      manifest: {
        ...meta,
        schemaVersion: PACK_SCHEMA_VERSION,
        counts: { records: records.length, sources: sources.length },
        digest,
      },
      sources,
      records,
    };
  });
  return raws.map((raw, i) => {
    const others = raws.filter((_, j) => j !== i) as Pack[];
    const parsed = parsePack(raw, others);
    if (!parsed.ok) throw new Error(`the bundled pack ${raw.manifest.id} is invalid: ${parsed.error}`);
    return parsed.pack;
  });
}

/** Writes each bundled pack as <id>.json and their manifests as index.json. */
export function writePacks(dir: string): Pack[] {
  const packs = bundledPacks();
  mkdirSync(dir, { recursive: true });
  for (const pack of packs) writeFileSync(join(dir, `${pack.manifest.id}.json`), JSON.stringify(pack));
  writeFileSync(
    join(dir, 'index.json'),
    `${JSON.stringify(
      packs.map((p) => p.manifest),
      null,
      2,
    )}\n`,
  );
  return packs;
}
