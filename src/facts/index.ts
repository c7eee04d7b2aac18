/**
 * The bundled fact base: every fact file, imported statically so esbuild
 * inlines them. A test fails if a JSON file in this folder is not listed here.
 */
import type { NamedFile } from '../core/facts/factbase';
import events from './events.json';
import events20032018 from './events-2003-2018.json';
import events20192024 from './events-2019-2024.json';
import factions from './factions.json';
import iraqState from './iraq-state.json';
import organizations from './organizations.json';
import people from './people.json';
import places from './places.json';
import sources from './sources.json';
import usIranIntl from './us-iran-intl.json';

export const FACT_FILES: readonly NamedFile[] = [
  { name: 'sources.json', data: sources },
  { name: 'people.json', data: people },
  { name: 'organizations.json', data: organizations },
  { name: 'places.json', data: places },
  { name: 'events.json', data: events },
  { name: 'iraq-state.json', data: iraqState },
  { name: 'factions.json', data: factions },
  { name: 'us-iran-intl.json', data: usIranIntl },
  { name: 'events-2003-2018.json', data: events20032018 },
  { name: 'events-2019-2024.json', data: events20192024 },
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
