/**
 * One checker per claim kind, in the order their claims are read. The record
 * type makes a kind without a checker a type error: a new kind is one module
 * here and one line in CLAIM_KINDS (vocabulary.ts).
 */
import type { ClaimKind } from '../vocabulary';
import type { ClaimChecker } from './claim';
import { dateChecker } from './kinds/date';
import { nameChecker } from './kinds/name';
import { numberChecker } from './kinds/number';
import { roleChecker } from './kinds/role';
import { weekdayChecker } from './kinds/weekday';

export const CHECKERS: { readonly [K in ClaimKind]: ClaimChecker & { readonly kind: K } } = {
  date: dateChecker as ClaimChecker & { kind: 'date' },
  weekday: weekdayChecker as ClaimChecker & { kind: 'weekday' },
  number: numberChecker as ClaimChecker & { kind: 'number' },
  role: roleChecker as ClaimChecker & { kind: 'role' },
  name: nameChecker as ClaimChecker & { kind: 'name' },
};
