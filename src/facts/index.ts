/**
 * The bundled fact base: every fact file, imported statically so esbuild
 * inlines them. A test fails if a JSON file in this folder is not listed here.
 */
import type { NamedFile } from '../core/facts/factbase';
import events from './events.json';
import organizations from './organizations.json';
import people from './people.json';
import places from './places.json';
import sources from './sources.json';

export const FACT_FILES: readonly NamedFile[] = [
  { name: 'sources.json', data: sources },
  { name: 'people.json', data: people },
  { name: 'organizations.json', data: organizations },
  { name: 'places.json', data: places },
  { name: 'events.json', data: events },
];

/** The bundled pack's manifest, less what the build computes (counts, digest, schema version). */
export const BUNDLED_PACK = {
  id: 'core',
  version: '1.0.0',
  title: {
    ar: 'سياق: العلاقات الأميركية العراقية والفصائل المسلحة',
    en: 'Siyaq: US–Iraq relations and the armed factions',
  },
  license: 'MIT (the compilation); quoted passages remain their publishers’',
} as const;
