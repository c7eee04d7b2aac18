/**
 * Readers' notes on the page: find each stored note's passage again (core/notes/anchor), paint it,
 * show it on hover, and let the reader note a selection (a small button beside it, the shortcut or
 * the context menu), edit, delete and undo. Notes live in the background's database; a save that
 * fails leaves the note in the editor with the reason. A note whose passage is gone is an orphan:
 * kept, and listed by the popup.
 */
import { type Anchored, anchorExact } from '../core/notes/anchor';
import {
  type Annotation,
  annotationOf,
  noteText,
  pageKey,
  withMark,
  withText,
} from '../core/notes/annotation';
import { collectText, type TreeNode } from '../core/page/collect';
import type { ClaimKind, NoteMark } from '../core/vocabulary';
import type { Params, Reply } from '../messages';
import { type Lang, t } from '../ui/strings';
import { blockOf } from './annotator';
import type { Painter } from './highlights';
import { caretAt, rectsContain } from './hit-test';
import { ownHost } from './own-host';

declare const SIYAQ_TEST_BUILD: boolean;

export interface NotesBackend {
  forPage(p: Params<'siyaq:notes-for-page'>): Promise<Reply<'siyaq:notes-for-page'>>;
  save(p: Params<'siyaq:note-save'>): Promise<Reply<'siyaq:note-save'>>;
  remove(p: Params<'siyaq:note-delete'>): Promise<Reply<'siyaq:note-delete'>>;
  /** The approximate search for passages not found as they were (the background has the folding). */
  anchor(p: Params<'siyaq:notes-anchor'>): Promise<Reply<'siyaq:notes-anchor'>>;
}

interface PlacedNote {
  readonly note: Annotation;
  /** Where it is on the page now (text offsets and range); null for an orphan. */
  readonly at: Anchored | null;
  readonly range: StaticRange | null;
  readonly block: Node | null;
}

/** The page's text as notes see it, with a way from text offsets to DOM positions and back. */
class PageText {
  readonly text: string;
  readonly #nodes: Text[] = [];
  readonly #starts: number[] = [];

  constructor(root: Node) {
    const { text, runs } = collectText(root as unknown as TreeNode);
    this.text = text;
    for (const run of runs)
      for (const { node, start } of run.nodes) {
        this.#nodes.push(node as unknown as Text);
        this.#starts.push(start);
      }
  }

  #index(offset: number): number {
    let lo = 0;
    let hi = this.#starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  range(start: number, end: number): StaticRange | null {
    if (!this.#nodes.length || end <= start) return null;
    const a = this.#index(start);
    const b = this.#index(end - 1);
    const sn = this.#nodes[a] as Text;
    const en = this.#nodes[b] as Text;
    return new StaticRange({
      startContainer: sn,
      startOffset: start - (this.#starts[a] as number),
      endContainer: en,
      endOffset: end - (this.#starts[b] as number),
    });
  }

  /** The text offset of a DOM position in a text node we read, or null. */
  offset(node: Node, offset: number): number | null {
    const i = this.#nodes.indexOf(node as Text);
    return i < 0 ? null : (this.#starts[i] as number) + offset;
  }
}

/** A random UUID (crypto.randomUUID is missing on plain-http pages). */
function uuid(): string {
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const NOTES_CSS = `
:host { all: initial !important; }
.panel, .button, .bubble { position: fixed; z-index: 2147483647; font: 14px/1.5 "Noto Naskh Arabic", "Noto Sans Arabic", Tahoma, system-ui, sans-serif;
  background: #fffdf7; color: #1b1b1b; border: 1px solid #b9a76a; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.18); }
.button { padding: 2px 10px; cursor: pointer; font-size: 13px; }
.panel { padding: 10px; width: 300px; display: grid; gap: 6px; }
.panel textarea { min-height: 70px; font: inherit; resize: vertical; }
.panel input, .panel textarea { border: 1px solid #999; border-radius: 4px; padding: 4px; }
.row { display: flex; gap: 6px; flex-wrap: wrap; }
.row button, .bubble button { font: inherit; font-size: 13px; padding: 2px 10px; border-radius: 4px; border: 1px solid #777; background: #f3f0e6; cursor: pointer; }
.error { color: #a11; font-size: 13px; }
.bubble { padding: 8px 10px; max-width: 320px; }
.tags { color: #555; font-size: 12px; }
.quote { color: #555; font-size: 12px; border-inline-start: 3px solid #b9a76a; padding-inline-start: 6px; }
@media (prefers-color-scheme: dark) {
  .panel, .button, .bubble { background: #23211b; color: #eee; border-color: #8a7a45; }
  .row button, .bubble button { background: #333; color: #eee; border-color: #999; }
  .tags, .quote { color: #bbb; }
  .error { color: #f88; }
}
:focus-visible { outline: 2px solid #0e746e; outline-offset: 1px; }
`;

/**
 * What the page knows of the records and claims under a passage, to offer linking a note to them.
 * Links are `record/<id>` or `claim/<kind>`.
 */
export interface NoteRecords {
  /** Records mentioned, and claims made, in the range. */
  inRange(r: Range): NoteLinkTarget[];
  /** What a link points at, if the page has it. */
  target(link: string): NoteLinkTarget | null;
}

/** A record (by its label) or a claim (by its kind and words) a note may be linked to. */
export type NoteLinkTarget =
  | { readonly link: string; readonly label: { readonly ar: string; readonly en: string } }
  | { readonly link: string; readonly claim: { readonly kind: ClaimKind; readonly text: string } };

export class NotesController {
  readonly #doc: Document;
  readonly #painter: Painter;
  readonly #backend: NotesBackend;
  #lang: Lang;
  #placed: PlacedNote[] = [];
  #page: PageText | null = null;
  readonly #host: HTMLElement;
  readonly #root: ShadowRoot;
  #button: HTMLButtonElement | null = null;
  #panel: HTMLElement | null = null;
  #bubble: HTMLElement | null = null;
  #bubbleFor: PlacedNote | null = null;

  readonly #records: NoteRecords | null;

  constructor(doc: Document, painter: Painter, backend: NotesBackend, lang: Lang, records?: NoteRecords) {
    this.#records = records ?? null;
    this.#doc = doc;
    this.#painter = painter;
    this.#backend = backend;
    this.#lang = lang;
    this.#host = ownHost(doc, 'notes');
    this.#root = this.#host.attachShadow({ mode: SIYAQ_TEST_BUILD ? 'open' : 'closed' });
    const style = doc.createElement('style');
    style.textContent = NOTES_CSS;
    this.#root.append(style);
  }

  /**
   * The notes view opens a page at a note (`#siyaq-note=<uuid>`): scroll to its passage and show it
   * with the keyboard-focus highlight. False when the note is not here or is an orphan.
   */
  reveal(hash: string): boolean {
    const id = /^#siyaq-note=([0-9a-f-]{36})$/i.exec(hash)?.[1];
    const p = id ? this.#placed.find((x) => x.note.id === `urn:uuid:${id}`) : undefined;
    if (!p?.range) return false;
    const r = this.#doc.createRange();
    r.setStart(p.range.startContainer, p.range.startOffset);
    r.setEnd(p.range.endContainer, p.range.endOffset);
    (r.startContainer.parentElement as Element | null)?.scrollIntoView({ block: 'center' });
    this.#painter.focus(p.range);
    return true;
  }

  #labelOf(x: NoteLinkTarget): { ar: string; en: string } {
    if ('label' in x) return x.label;
    const words = (lang: Lang) =>
      `${t('claimCheck', lang)} (${t(`kind_${x.claim.kind}`, lang)}): ${x.claim.text}`;
    return { ar: words('ar'), en: words('en') };
  }

  #label(link: string): { ar: string; en: string } | null {
    const x = this.#records?.target(link);
    return x ? this.#labelOf(x) : null;
  }

  /** The readers' notes as the popup lists them. */
  summaries(): { id: string; quote: string; comment: string; tags: string[]; placed: boolean }[] {
    return this.notes.map((p) => {
      const { comment, tags } = noteText(p.note);
      return {
        id: p.note.id,
        quote: p.note.target.selector[0].exact,
        comment,
        tags,
        placed: p.range !== null,
      };
    });
  }

  /** The readers' notes (editors' marks are listed with their claims). */
  get notes(): readonly PlacedNote[] {
    return this.#placed.filter((p) => p.note.motivation === 'commenting');
  }

  /** Reads the page's notes from the background and places each; orphans are kept unplaced. */
  async load(): Promise<void> {
    const notes = (await this.#backend.forPage({ page: pageKey(this.#doc.URL) })) as Annotation[];
    this.#unpaint();
    // Most pages have no notes: then the page's text is not even read.
    if (!notes.length) {
      this.#placed = [];
      return;
    }
    const page = new PageText(this.#doc.body);
    this.#page = page;
    // Where the passage still is as it was: here. The rest: the background's approximate search.
    const found: (Anchored | null)[] = notes.map((n) => anchorExact(page.text, ...n.target.selector));
    const missing = notes.filter((_, i) => !found[i]);
    if (missing.length) {
      const more = await this.#backend
        .anchor({ text: page.text, selectors: missing.map((n) => n.target.selector) })
        .catch(() => missing.map(() => null));
      let k = 0;
      found.forEach((f, i) => {
        if (!f) found[i] = more[k++] ?? null;
      });
    }
    this.#placed = notes.map((n, i) => this.#place(n, found[i] ?? null));
  }

  #place(note: Annotation, at: Anchored | null): PlacedNote {
    const page = this.#page ?? new PageText(this.#doc.body);
    const range = at ? page.range(at.start, at.end) : null;
    const block = range ? blockOf(range.startContainer) : null;
    // An editor's mark is shown on its claim, not painted as a reader's note.
    if (range && block && note.motivation === 'commenting')
      this.#painter.add('note', range, block as Element);
    return { note, at, range, block };
  }

  #unpaint(): void {
    for (const p of this.#placed)
      if (p.range && p.block) this.#painter.remove('note', p.range, p.block as Element);
  }

  /** Text offsets of a range of the page (a claim's words), or null. */
  #offsets(r: StaticRange): { start: number; end: number } | null {
    this.#page ??= new PageText(this.#doc.body);
    const start = this.#page.offset(r.startContainer, r.startOffset);
    const end = this.#page.offset(r.endContainer, r.endOffset);
    return start === null || end === null ? null : { start, end };
  }

  /** The editor's mark on the words of `r` (a claim), if any. */
  markOn(r: StaticRange): { note: PlacedNote; mark: NoteMark; comment: string } | null {
    const o = this.#offsets(r);
    if (!o) return null;
    for (const p of this.#placed) {
      const { mark, comment } = noteText(p.note);
      if (mark && p.at && p.at.start === o.start && p.at.end === o.end) return { note: p, mark, comment };
    }
    return null;
  }

  /** Marks a claim's words (null clears the mark): an assessing annotation, stored like notes. */
  async markClaim(
    r: StaticRange,
    kind: string,
    mark: NoteMark | null,
    comment: string,
  ): Promise<Reply<'siyaq:note-save'>> {
    const existing = this.markOn(r);
    if (!mark) {
      if (!existing) return { ok: true };
      const removed = await this.#backend.remove({ id: existing.note.note.id });
      if (removed.ok) this.#placed = this.#placed.filter((p) => p !== existing.note);
      return removed.ok ? { ok: true } : removed;
    }
    const now = new Date().toISOString();
    const o = this.#offsets(r);
    if (!o) return { ok: false, error: 'the claim is no longer on the page' };
    const note = existing
      ? withMark(existing.note.note, mark, comment, now)
      : annotationOf({
          text: (this.#page as PageText).text,
          ...o,
          url: this.#doc.URL,
          comment,
          mark,
          links: [`claim/${kind}`],
          id: uuid(),
          now,
        });
    const reply = await this.#backend.save({ note, previous: existing?.note.note.modified ?? null });
    if (!reply.ok) return reply;
    const placed: PlacedNote = { note, at: { ...o, method: 'position' }, range: r, block: null };
    this.#placed = existing
      ? this.#placed.map((p) => (p === existing.note ? placed : p))
      : [...this.#placed, placed];
    return reply;
  }

  #mount(): void {
    if (!this.#host.isConnected) this.#doc.documentElement.append(this.#host);
  }

  #el<K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] {
    const e = this.#doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  #frame(e: HTMLElement): void {
    e.dir = this.#lang === 'ar' ? 'rtl' : 'ltr';
    e.lang = this.#lang;
  }

  /** The selection as text offsets of the page, or null when it is not in text we read. */
  #selection(): { start: number; end: number; rect: DOMRect; range: Range } | null {
    const sel = this.#doc.getSelection();
    if (!sel || sel.isCollapsed || !sel.rangeCount) return null;
    const r = sel.getRangeAt(0);
    if (this.#host.contains(r.commonAncestorContainer)) return null;
    this.#page ??= new PageText(this.#doc.body);
    // Text added since the page was read (a live blog, a re-render): read it again.
    if (this.#page.offset(r.startContainer, r.startOffset) === null)
      this.#page = new PageText(this.#doc.body);
    const start = this.#page.offset(r.startContainer, r.startOffset);
    const end = this.#page.offset(r.endContainer, r.endOffset);
    if (start === null || end === null || end <= start) return null;
    if (!this.#page.text.slice(start, end).trim()) return null;
    return { start, end, rect: r.getBoundingClientRect(), range: r.cloneRange() };
  }

  /** After the reader selects: a small button below the selection, never over it. */
  offerForSelection(): void {
    this.#button?.remove();
    this.#button = null;
    if (this.#panel) return;
    const s = this.#selection();
    if (!s) return;
    this.#mount();
    const b = this.#el('button', 'button', t('noteAdd', this.#lang));
    this.#frame(b);
    b.style.top = `${Math.min(s.rect.bottom + 6, innerHeight - 32)}px`;
    b.style.left = `${Math.max(4, Math.min(s.rect.left + s.rect.width / 2 - 40, innerWidth - 100))}px`;
    b.addEventListener('mousedown', (e) => e.preventDefault()); // keep the selection
    b.addEventListener('click', () => this.openEditor());
    this.#root.append(b);
    this.#button = b;
  }

  /** Opens the editor for the current selection (the shortcut, the context menu, the button). */
  openEditor(existing?: PlacedNote): boolean {
    const s = existing ? null : this.#selection();
    if (!existing && !s) return false;
    this.#button?.remove();
    this.#button = null;
    this.#closeBubble();
    this.#panel?.remove();
    this.#mount();
    const panel = this.#el('div', 'panel');
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', t('noteEditor', this.#lang));
    this.#frame(panel);
    const old = existing ? noteText(existing.note) : null;
    const text = this.#el('textarea');
    text.setAttribute('aria-label', t('noteText', this.#lang));
    text.placeholder = t('noteText', this.#lang);
    text.value = old?.comment ?? '';
    const tags = this.#el('input');
    tags.setAttribute('aria-label', t('noteTags', this.#lang));
    tags.placeholder = t('noteTags', this.#lang);
    tags.value = old?.tags.join('، ') ?? '';
    // Records the passage mentions: the note may be linked to them.
    const linked = new Set(old?.links ?? []);
    const candidates = new Map<string, { ar: string; en: string }>();
    for (const l of linked) {
      const label = this.#label(l);
      if (label) candidates.set(l, label);
    }
    if (s) for (const r of this.#records?.inRange(s.range) ?? []) candidates.set(r.link, this.#labelOf(r));
    const boxes: [string, HTMLInputElement][] = [];
    const links = this.#el('fieldset', 'links');
    if (candidates.size) {
      links.append(this.#el('legend', undefined, t('noteLink', this.#lang)));
      for (const [id, label] of candidates) {
        const box = this.#el('input');
        box.type = 'checkbox';
        box.checked = linked.has(id);
        const lab = this.#el('label');
        lab.append(box, ` ${label[this.#lang]}`);
        links.append(lab);
        boxes.push([id, box]);
      }
    }
    const error = this.#el('div', 'error');
    error.setAttribute('role', 'alert');
    const row = this.#el('div', 'row');
    const save = this.#el('button', 'save', t('noteSave', this.#lang));
    const cancel = this.#el('button', 'cancel', t('noteCancel', this.#lang));
    row.append(save, cancel);
    panel.append(text, tags, ...(candidates.size ? [links] : []), error, row);
    const rect = s?.rect ?? existing?.range?.startContainer.parentElement?.getBoundingClientRect();
    panel.style.top = `${Math.max(4, Math.min((rect?.bottom ?? 40) + 8, innerHeight - 220))}px`;
    panel.style.left = `${Math.max(4, Math.min(rect?.left ?? 40, innerWidth - 320))}px`;
    const close = () => {
      panel.remove();
      this.#panel = null;
    };
    cancel.addEventListener('click', close);
    panel.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        close();
      }
    });
    save.addEventListener('click', async () => {
      save.disabled = true;
      const chosen = boxes.filter(([, b]) => b.checked).map(([link]) => link);
      const error_ = await this.#save(existing, s, text.value, tags.value, chosen);
      save.disabled = false;
      if (error_) error.textContent = `${t('noteNotSaved', this.#lang)} ${error_}`;
      else close();
    });
    this.#root.append(panel);
    this.#panel = panel;
    text.focus();
    return true;
  }

  async #save(
    existing: PlacedNote | undefined,
    s: { start: number; end: number } | null,
    comment: string,
    tagText: string,
    links: readonly string[],
  ): Promise<string | null> {
    const tags = tagText
      .split(/[,،]/)
      .map((x) => x.trim())
      .filter(Boolean);
    const now = new Date().toISOString();
    const note = existing
      ? withText(existing.note, comment, tags, now, [
          // Links the page cannot offer now (a record no longer mentioned) are kept.
          ...noteText(existing.note).links.filter((l) => !this.#records?.target(l)),
          ...links,
        ])
      : annotationOf({
          text: (this.#page as PageText).text,
          start: s!.start,
          end: s!.end,
          url: this.#doc.URL,
          comment,
          tags,
          links,
          id: uuid(),
          now,
        });
    let reply: Reply<'siyaq:note-save'>;
    try {
      reply = await this.#backend.save({ note, previous: existing?.note.modified ?? null });
    } catch (e) {
      return String(e);
    }
    if (!reply.ok) return reply.error;
    if (existing) {
      this.#placed = this.#placed.map((p) => (p === existing ? { ...p, note } : p));
    } else this.#placed.push(this.#place(note, { start: s!.start, end: s!.end, method: 'position' }));
    this.#doc.getSelection()?.removeAllRanges();
    return null;
  }

  /** The placed note under a point, if any. */
  noteAt(x: number, y: number): PlacedNote | null {
    const caret = caretAt(this.#doc, x, y);
    if (!caret) return null;
    for (const p of this.notes) {
      if (!p.range) continue;
      const r = this.#doc.createRange();
      r.setStart(p.range.startContainer, p.range.startOffset);
      r.setEnd(p.range.endContainer, p.range.endOffset);
      if (r.isPointInRange(caret.offsetNode, caret.offset) && rectsContain(r.getClientRects(), x, y))
        return p;
    }
    return null;
  }

  /** Hovering a noted passage shows the note, with edit and delete. */
  showAt(x: number, y: number): void {
    // Most pages have no notes: no hit-testing on every mouse move then.
    if (
      this.#panel ||
      (!this.#bubble && !this.#placed.some((p) => p.range && p.note.motivation === 'commenting'))
    )
      return;
    const p = this.noteAt(x, y);
    if (p === this.#bubbleFor) return;
    if (!p) {
      if (this.#bubble && !this.#bubble.matches(':hover')) this.#closeBubble();
      return;
    }
    this.#closeBubble();
    this.#mount();
    const { comment, tags, links } = noteText(p.note);
    const b = this.#el('div', 'bubble');
    b.setAttribute('role', 'note');
    this.#frame(b);
    b.append(this.#el('div', 'comment', comment || t('noteEmpty', this.#lang)));
    if (tags.length) b.append(this.#el('div', 'tags', tags.map((x) => `#${x}`).join(' ')));
    const labels = links.map((l) => this.#label(l)?.[this.#lang]).filter((x): x is string => Boolean(x));
    if (labels.length)
      b.append(this.#el('div', 'tags', `${t('noteLinked', this.#lang)} ${labels.join('، ')}`));
    const row = this.#el('div', 'row');
    const edit = this.#el('button', 'edit', t('noteEdit', this.#lang));
    const del = this.#el('button', 'delete', t('noteDelete', this.#lang));
    row.append(edit, del);
    b.append(row);
    b.style.top = `${Math.min(y + 16, innerHeight - 120)}px`;
    b.style.left = `${Math.max(4, Math.min(x - 100, innerWidth - 330))}px`;
    edit.addEventListener('click', () => this.openEditor(p));
    del.addEventListener('click', () => void this.#delete(p, b));
    this.#root.append(b);
    this.#bubble = b;
    this.#bubbleFor = p;
  }

  #closeBubble(): void {
    this.#bubble?.remove();
    this.#bubble = null;
    this.#bubbleFor = null;
  }

  async #delete(p: PlacedNote, bubble: HTMLElement): Promise<void> {
    const reply = await this.#backend.remove({ id: p.note.id });
    if (!reply.ok) {
      bubble.append(this.#el('div', 'error', `${t('noteNotSaved', this.#lang)} ${reply.error}`));
      return;
    }
    if (p.range && p.block) this.#painter.remove('note', p.range, p.block as Element);
    this.#placed = this.#placed.filter((x) => x !== p);
    // Undo for a while: the background handed the note back.
    bubble.replaceChildren(this.#el('div', 'comment', t('noteDeleted', this.#lang)));
    const undo = this.#el('button', 'undo', t('noteUndo', this.#lang));
    bubble.append(undo);
    this.#bubbleFor = null;
    undo.addEventListener('click', async () => {
      const again = await this.#backend.save({ note: reply.note as Annotation, previous: null });
      const note = reply.note as Annotation;
      const page = this.#page ?? new PageText(this.#doc.body);
      if (again.ok) this.#placed.push(this.#place(note, anchorExact(page.text, ...note.target.selector)));
      this.#closeBubble();
    });
    setTimeout(() => {
      if (this.#bubble === bubble) this.#closeBubble();
    }, 8000);
  }

  setLang(lang: Lang): void {
    this.#lang = lang;
  }

  dispose(): void {
    this.#unpaint();
    this.#placed = [];
    this.#host.remove();
  }
}
