/**
 * The bundled fact base: every fact file, imported statically so esbuild
 * inlines them. A test fails if a JSON file in this folder is not listed here.
 */
import type { NamedFile } from '../core/facts/factbase';
import events from './events.json';
import events20032018 from './events-2003-2018.json';
import events20192024 from './events-2019-2024.json';
import factions from './factions.json';
import geography from './geography.json';
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
  { name: 'geography.json', data: geography },
];

const LICENSE = 'MIT (the compilation); quoted passages remain their publishers’';

/**
 * The bundled packs, by theme: each is the listed fact files, with a manifest less what the build
 * computes (counts, digest, schema version). Every file in FACT_FILES is in exactly one pack (a test
 * checks); packs may refer to each other's records, and ship together.
 */
export const BUNDLED_PACKS = [
  {
    id: 'core',
    version: '2.0.0',
    title: {
      ar: 'سياق: العلاقات الأميركية العراقية والفصائل المسلحة',
      en: 'Siyaq: US–Iraq relations and the armed factions',
    },
    license: LICENSE,
    files: ['sources.json', 'people.json', 'organizations.json', 'places.json', 'events.json'],
  },
  {
    id: 'iraq-state',
    version: '1.0.0',
    title: {
      ar: 'سياق: الدولة العراقية وإقليم كردستان',
      en: 'Siyaq: the Iraqi state and the Kurdistan Region',
    },
    license: LICENSE,
    files: ['iraq-state.json'],
  },
  {
    id: 'factions',
    version: '1.0.0',
    title: { ar: 'سياق: الفصائل المسلحة والحشد الشعبي', en: 'Siyaq: the armed factions and the PMF' },
    license: LICENSE,
    files: ['factions.json'],
  },
  {
    id: 'us-iran-intl',
    version: '1.0.0',
    title: {
      ar: 'سياق: الولايات المتحدة وإيران والهيئات الدولية',
      en: 'Siyaq: the United States, Iran and international bodies',
    },
    license: LICENSE,
    files: ['us-iran-intl.json'],
  },
  {
    id: 'events',
    version: '1.0.0',
    title: { ar: 'سياق: الأحداث 2003–2024', en: 'Siyaq: events 2003–2024' },
    license: LICENSE,
    files: ['events-2003-2018.json', 'events-2019-2024.json'],
  },
  {
    id: 'geography',
    version: '1.0.0',
    title: { ar: 'سياق: أماكن العراق والمنطقة', en: 'Siyaq: places of Iraq and the region' },
    license: LICENSE,
    files: ['geography.json'],
  },
] as const;
