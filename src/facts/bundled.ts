/** The fact base shipped with Siyaq, validated once on first use. */
import { buildFactBase, type FactBase } from '../core/facts/factbase';
import { FACT_FILES } from './index';

let cached: FactBase | undefined;

export function bundledFactBase(): FactBase {
  cached ??= buildFactBase(FACT_FILES);
  return cached;
}
