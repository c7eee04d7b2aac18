/** Test helpers: the fact files and seed texts as they are on disk. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFactBase, type FactBase, type NamedFile } from '../../src/core/facts/factbase';

export const FACTS_DIR = join(import.meta.dirname, '../../src/facts');
export const SEEDS_DIR = join(FACTS_DIR, 'seeds');

export function factFilesOnDisk(): NamedFile[] {
  return readdirSync(FACTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, data: JSON.parse(readFileSync(join(FACTS_DIR, name), 'utf8')) }));
}

export function seedText(file: string): string | undefined {
  try {
    return readFileSync(join(SEEDS_DIR, file), 'utf8');
  } catch {
    return undefined;
  }
}

export const seedFiles = (): string[] =>
  readdirSync(SEEDS_DIR)
    .filter((f) => f.endsWith('.txt'))
    .sort();

let cached: FactBase | undefined;
export function diskFactBase(): FactBase {
  cached ??= buildFactBase(factFilesOnDisk());
  return cached;
}
