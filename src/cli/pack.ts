/**
 * Writes the bundled fact base as a pack (docs/fact-packs.md): the directory
 * gets `core.json` (manifest, sources, records) and `index.json` (the manifests
 * of the packs in it), which the extension's background reads from its package.
 * The pack is validated as the background validates a user's pack.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_SCHEMA_VERSION } from '../core/packs/manifest';
import { type Pack, parsePack } from '../core/packs/pack';
import { bundledFactBase } from '../facts/bundled';
import { BUNDLED_PACK } from '../facts/index';

export function bundledPack(): Pack {
  const base = bundledFactBase();
  const sources = [...base.sources.values()];
  const records = [...base.records.values()];
  const digest = createHash('sha256').update(JSON.stringify({ sources, records })).digest('hex');
  const raw = {
    manifest: {
      ...BUNDLED_PACK,
      schemaVersion: PACK_SCHEMA_VERSION,
      counts: { records: records.length, sources: sources.length },
      digest,
    },
    sources,
    records,
  };
  const parsed = parsePack(raw);
  if (!parsed.ok) throw new Error(`the bundled pack is invalid: ${parsed.error}`);
  return parsed.pack;
}

export function writePacks(dir: string): Pack {
  const pack = bundledPack();
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${pack.manifest.id}.json`), JSON.stringify(pack));
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify([pack.manifest], null, 2)}\n`);
  return pack;
}
