/** An extension update for the lifecycle tests: the same build with a new version of the bundled pack. */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A private copy of a built extension, so a test can update it in place; removeCopy() once its browser is closed. */
export function copyExtension(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'siyaq-ext-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

export function removeCopy(dir: string | undefined): void {
  if (dir) rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}

/** What the update changes: al-Kadhimi's Arabic label, so a card shows which pack is in use. */
export const UPDATED_LABEL = 'مصطفى الكاظمي (حزمة 1.0.1)';

/** Rewrites the copy's bundled pack as version 1.0.1 with one changed label, as a new release would ship it. */
export function shipNewPackVersion(dir: string): void {
  const file = join(dir, 'packs/core.json');
  const pack = JSON.parse(readFileSync(file, 'utf8')) as {
    manifest: { version: string; digest?: string };
    sources: unknown[];
    records: { id: string; label: { ar: string } }[];
  };
  const kadhimi = pack.records.find((r) => r.id === 'kadhimi');
  if (!kadhimi) throw new Error('no kadhimi in the bundled pack');
  kadhimi.label.ar = UPDATED_LABEL;
  pack.manifest.version = '1.0.1';
  pack.manifest.digest = createHash('sha256')
    .update(JSON.stringify({ sources: pack.sources, records: pack.records }))
    .digest('hex');
  writeFileSync(file, JSON.stringify(pack));
  // The other bundled packs ship unchanged.
  const index = JSON.parse(readFileSync(join(dir, 'packs/index.json'), 'utf8')) as { id: string }[];
  writeFileSync(
    join(dir, 'packs/index.json'),
    JSON.stringify(index.map((m) => (m.id === 'core' ? pack.manifest : m))),
  );
}
