/**
 * Notes and editors' marks as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): the
 * one model Siyaq stores, exports and imports. A reader's note is `commenting` (its tags are
 * `tagging` bodies); an editor's mark on a claim is `assessing`. The target is the page and the
 * passage, by a TextQuoteSelector and a TextPositionSelector (core/notes/anchor.ts).
 */
import * as v from 'valibot';
import { deferred } from '../deferred-schema';
import { NOTE_MARKS, type NoteMark } from '../vocabulary';
import { describePassage } from './anchor';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

const Text = deferred(() => v.pipe(v.string(), v.maxLength(20_000)));
const Short = deferred(() => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)));
const IsoTime = deferred(() => v.pipe(v.string(), v.isoTimestamp()));

const TextQuoteSelector = deferred(() =>
  v.strictObject({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(v.string(), v.minLength(1), v.maxLength(20_000)),
    prefix: v.pipe(v.string(), v.maxLength(200)),
    suffix: v.pipe(v.string(), v.maxLength(200)),
  }),
);
const TextPositionSelector = deferred(() =>
  v.pipe(
    v.strictObject({
      type: v.literal('TextPositionSelector'),
      start: v.pipe(v.number(), v.integer(), v.minValue(0)),
      end: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
    v.check((p) => p.end > p.start, 'a TextPositionSelector must end after it starts'),
  ),
);

/** The body of a note: what the reader wrote, a tag, a link to a record or a claim, an editor's mark. */
const Body = deferred(() =>
  v.variant('purpose', [
    v.strictObject({
      type: v.literal('TextualBody'),
      purpose: v.literal('commenting'),
      value: Text,
      format: v.optional(v.literal('text/plain')),
      language: v.optional(v.picklist(['ar', 'en'])),
    }),
    v.strictObject({ type: v.literal('TextualBody'), purpose: v.literal('tagging'), value: Short }),
    v.strictObject({
      type: v.literal('TextualBody'),
      purpose: v.literal('assessing'),
      value: v.picklist(NOTE_MARKS),
    }),
    /** A fact-base record (`siyaq:record/<id>`) or a claim (`siyaq:claim/<kind>`) the note is about. */
    v.strictObject({
      type: v.literal('SpecificResource'),
      purpose: v.literal('linking'),
      source: v.pipe(v.string(), v.regex(/^siyaq:(?:record|claim)\/[\w-]+$/)),
    }),
  ]),
);

/** A passage, by its quote and by its position (core/notes/anchor.ts). */
export const PassageSelector = deferred(() => v.tuple([TextQuoteSelector, TextPositionSelector]));

export const Annotation = deferred(() =>
  v.strictObject({
    '@context': v.literal(ANNO_CONTEXT),
    id: v.pipe(v.string(), v.regex(/^urn:uuid:[0-9a-f-]{36}$/i, 'an annotation id is a urn:uuid')),
    type: v.literal('Annotation'),
    motivation: v.picklist(['commenting', 'assessing']),
    created: IsoTime,
    modified: IsoTime,
    body: v.pipe(v.array(Body), v.maxLength(100)),
    target: v.strictObject({
      /** The page address, without its fragment. */
      source: v.pipe(v.string(), v.url()),
      selector: PassageSelector,
    }),
  }),
);
export type Annotation = v.InferOutput<typeof Annotation>;

/** An export: a W3C AnnotationCollection with every annotation in one page. */
const Collection = deferred(() =>
  v.strictObject({
    '@context': v.literal(ANNO_CONTEXT),
    type: v.literal('AnnotationCollection'),
    label: v.optional(v.string()),
    total: v.pipe(v.number(), v.integer(), v.minValue(0)),
    first: v.strictObject({
      type: v.literal('AnnotationPage'),
      items: v.array(v.unknown()),
    }),
  }),
);

export function exportAnnotations(items: readonly Annotation[], label = 'Siyaq notes'): object {
  const sorted = [...items].sort((a, b) => a.created.localeCompare(b.created) || a.id.localeCompare(b.id));
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label,
    total: sorted.length,
    first: { type: 'AnnotationPage', items: sorted },
  };
}

export type ImportResult =
  | { readonly ok: true; readonly annotations: readonly Annotation[] }
  | { readonly ok: false; readonly error: string };

/**
 * Reads an export (a collection, or a bare array of annotations): validated whole, so one bad
 * item rejects the import with a message naming it; the same id twice is one annotation.
 */
export function importAnnotations(raw: unknown): ImportResult {
  let items: unknown[];
  if (Array.isArray(raw)) items = raw;
  else {
    const c = v.safeParse(Collection, raw);
    if (!c.success) return { ok: false, error: `not an annotation collection: ${issueText(c.issues[0])}` };
    items = c.output.first.items;
  }
  const out = new Map<string, Annotation>();
  for (let i = 0; i < items.length; i++) {
    const a = v.safeParse(Annotation, items[i]);
    if (!a.success) return { ok: false, error: `item ${i + 1}: ${issueText(a.issues[0])}` };
    const prev = out.get(a.output.id);
    if (!prev || prev.modified < a.output.modified) out.set(a.output.id, a.output);
  }
  return { ok: true, annotations: [...out.values()] };
}

function issueText(issue: v.BaseIssue<unknown> | undefined): string {
  if (!issue) return 'invalid';
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** A page address as notes keep it: without the fragment, which changes as the reader scrolls. */
export function pageKey(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

export interface NoteDraft {
  /** The page text the passage was chosen in (core/page/collect `collectText`), and where. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly url: string;
  readonly comment: string;
  readonly tags?: readonly string[];
  /** Record ids or claim kinds the note is about (`record/kadhimi`, `claim/date`). */
  readonly links?: readonly string[];
  /** An editor's mark: the annotation is then `assessing`. */
  readonly mark?: NoteMark;
  readonly id: string;
  readonly now: string;
}

/** A note as a Web Annotation, validated. */
export function annotationOf(d: NoteDraft): Annotation {
  const [quote, position] = describePassage(d.text, d.start, d.end);
  const body: unknown[] = [];
  if (d.mark) body.push({ type: 'TextualBody', purpose: 'assessing', value: d.mark });
  if (d.comment.trim())
    body.push({ type: 'TextualBody', purpose: 'commenting', value: d.comment, format: 'text/plain' });
  for (const t of d.tags ?? [])
    if (t.trim()) body.push({ type: 'TextualBody', purpose: 'tagging', value: t.trim() });
  for (const l of d.links ?? [])
    body.push({ type: 'SpecificResource', purpose: 'linking', source: `siyaq:${l}` });
  return v.parse(Annotation, {
    '@context': ANNO_CONTEXT,
    id: `urn:uuid:${d.id}`,
    type: 'Annotation',
    motivation: d.mark ? 'assessing' : 'commenting',
    created: d.now,
    modified: d.now,
    body,
    target: { source: pageKey(d.url), selector: [quote, position] },
  });
}

/** What a reader wrote, and the tags, of an annotation. */
export function noteText(a: Annotation): {
  comment: string;
  tags: string[];
  mark: NoteMark | null;
  links: string[];
} {
  let comment = '';
  const tags: string[] = [];
  const links: string[] = [];
  let mark: NoteMark | null = null;
  for (const b of a.body) {
    if (b.purpose === 'commenting') comment = b.value;
    else if (b.purpose === 'tagging') tags.push(b.value);
    else if (b.purpose === 'assessing') mark = b.value;
    else links.push(b.source.replace(/^siyaq:/, ''));
  }
  return { comment, tags, mark, links };
}

/**
 * The same note with new words and tags (its passage and mark kept; its links replaced when
 * `links` is given), modified `now`.
 */
export function withText(
  note: Annotation,
  comment: string,
  tags: readonly string[],
  now: string,
  links?: readonly string[],
): Annotation {
  const kept = note.body.filter(
    (b) => b.purpose !== 'commenting' && b.purpose !== 'tagging' && (!links || b.purpose !== 'linking'),
  );
  const body: unknown[] = [...kept];
  for (const l of links ?? [])
    body.push({ type: 'SpecificResource', purpose: 'linking', source: `siyaq:${l}` });
  if (comment.trim())
    body.push({ type: 'TextualBody', purpose: 'commenting', value: comment, format: 'text/plain' });
  for (const t of tags) if (t.trim()) body.push({ type: 'TextualBody', purpose: 'tagging', value: t.trim() });
  return v.parse(Annotation, { ...note, modified: now, body });
}

/** An editor's mark changed (and its comment), the rest kept, modified `now`. */
export function withMark(note: Annotation, mark: NoteMark, comment: string, now: string): Annotation {
  const rest = note.body.filter((b) => b.purpose !== 'assessing' && b.purpose !== 'commenting');
  const body: unknown[] = [{ type: 'TextualBody', purpose: 'assessing', value: mark }, ...rest];
  if (comment.trim())
    body.push({ type: 'TextualBody', purpose: 'commenting', value: comment, format: 'text/plain' });
  return v.parse(Annotation, { ...note, motivation: 'assessing', modified: now, body });
}
