/**
 * Fact packs: the unit the extension stores and loads. A pack is a manifest
 * (id, version, titles, license, counts, schema version) plus the sources and
 * records of a fact file. The bundled fact base is one pack, built by build.mjs;
 * users may add their own. The format is documented in docs/fact-packs.md.
 */
import * as v from 'valibot';
import { buildFactBase, type FactBase } from '../facts/factbase';
import { PackManifest } from './manifest';

export { PackManifest };

/** The envelope; sources and records are checked by the fact-base schema in `parsePack`. */
const PackEnvelope = v.strictObject({
  manifest: PackManifest,
  sources: v.array(v.unknown()),
  records: v.array(v.unknown()),
});

export interface Pack {
  readonly manifest: PackManifest;
  readonly sources: readonly unknown[];
  readonly records: readonly unknown[];
}

export type PackResult =
  | { readonly ok: true; readonly pack: Pack }
  | { readonly ok: false; readonly error: string };

/**
 * Validates a whole pack, alone and beside the packs it would join (ids unique
 * across packs, references resolved, aliases not claimed twice). The first
 * problem is the error: a bad pack is rejected whole.
 */
export function parsePack(raw: unknown, others: readonly Pack[] = []): PackResult {
  const envelope = v.safeParse(PackEnvelope, raw);
  if (!envelope.success) {
    const issue = envelope.issues[0];
    return { ok: false, error: `pack: ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}` };
  }
  const pack = envelope.output;
  const { counts, id } = pack.manifest;
  if (counts.records !== pack.records.length || counts.sources !== pack.sources.length) {
    return {
      ok: false,
      error: `pack ${id}: manifest counts ${counts.records} records and ${counts.sources} sources, the pack has ${pack.records.length} and ${pack.sources.length}`,
    };
  }
  try {
    factBaseOf([...others.filter((o) => o.manifest.id !== id), pack]);
  } catch (e) {
    const problems = (e as { problems?: readonly string[] }).problems;
    return { ok: false, error: problems?.[0] ?? String(e) };
  }
  return { ok: true, pack };
}

/** Validates and merges packs into one fact base (throws FactBaseError listing every problem). */
export function factBaseOf(packs: readonly Pack[]): FactBase {
  return buildFactBase(
    packs.map((p) => ({ name: `pack ${p.manifest.id}`, data: { sources: p.sources, records: p.records } })),
  );
}
