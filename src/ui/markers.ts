/**
 * Shapes that tell verdicts and record types apart without colour: beside the verdicts in the
 * popup and on cards. On the page the underline's style does it (highlights.css: wavy, dotted,
 * double, dashed…), as a highlight cannot draw a symbol.
 */
import type { RecordType, Verdict } from '../core/vocabulary';

export const VERDICT_MARKERS: Readonly<Record<Verdict, string>> = {
  contradicted: '✗',
  unverified: '?',
  supported: '✓',
};

export const TYPE_MARKERS: Readonly<Record<RecordType, string>> = {
  person: '●',
  organization: '■',
  place: '▲',
  event: '◆',
};
