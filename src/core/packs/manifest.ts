/** A pack's manifest: what the background compares and the options page lists (docs/fact-packs.md). */
import * as v from 'valibot';
import { deferred } from '../deferred-schema';
import { Bilingual, Id, NonEmpty } from '../facts/primitives';

/** The pack schema this code reads. A pack written for another version is refused, with that reason. */
export const PACK_SCHEMA_VERSION = 1;

const Count = deferred(() => v.pipe(v.number(), v.integer(), v.minValue(0)));

export const PackManifest = deferred(() =>
  v.strictObject({
    id: Id,
    version: v.pipe(
      v.string(),
      v.regex(/^\d+(\.\d+){0,3}$/, 'version must be numbers joined by dots (1.2.0)'),
    ),
    title: Bilingual,
    license: NonEmpty,
    schemaVersion: v.literal(PACK_SCHEMA_VERSION, `schemaVersion must be ${PACK_SCHEMA_VERSION}`),
    counts: v.strictObject({ records: Count, sources: Count }),
    /** Content digest the build writes (sha-256 of sources and records): a changed pack is replaced even at the same version. */
    digest: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/))),
  }),
);
export type PackManifest = v.InferOutput<typeof PackManifest>;

/** Identifies a set of packs and their contents: the key of the compiled matcher built from them. */
export function packSetKey(manifests: readonly PackManifest[]): string {
  return manifests
    .map((m) => `${m.id}@${m.version}#${m.digest ?? ''}`)
    .sort()
    .join(' ');
}

/** Does `stored` hold the same pack as `bundled` (same version and contents)? */
export function samePack(stored: PackManifest, bundled: PackManifest): boolean {
  return stored.version === bundled.version && stored.digest === bundled.digest;
}
