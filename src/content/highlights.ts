/**
 * Paints mentions and claims with the CSS Custom Highlight API (the page DOM is
 * never touched), but only those near the viewport: every range registered in
 * `CSS.highlights` costs the page on each click and style change, so ranges are
 * registered per block as it comes within a screen of the viewport and dropped
 * when it leaves. One named Highlight per record type and claim verdict, plus
 * one for the keyboard focus; names are prefixed (the registry is shared with the page).
 */
import { RECORD_TYPES, VERDICTS } from '../core/vocabulary';

/** highlights.css, inlined by the build: shadow roots adopt it (see `styleShadowRoot`). */
declare const SIYAQ_HIGHLIGHT_CSS: string;

export const HIGHLIGHT_KINDS = [
  ...RECORD_TYPES,
  ...VERDICTS.map((v) => `claim-${v}` as const),
  'note',
  'focus',
] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

/** Blocks this far outside the viewport are painted already, so scrolling never shows unpainted names. */
const MARGIN = '100% 0px';

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Painter {
  readonly #highlights = new Map<HighlightKind, Highlight>();
  /** Every range we know of, by the block that holds it. */
  readonly #blocks = new Map<Element, Map<AbstractRange, HighlightKind>>();
  readonly #visible = new Set<Element>();
  readonly #observer: IntersectionObserver;
  #sheet: CSSStyleSheet | null = null;

  constructor() {
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          if (e.isIntersecting) {
            this.#visible.add(e.target);
            this.#reregister();
            for (const [range, kind] of this.#blocks.get(e.target) ?? []) this.#get(kind).add(range);
          } else if (this.#visible.delete(e.target)) {
            for (const [range, kind] of this.#blocks.get(e.target) ?? []) this.#get(kind).delete(range);
          }
        }
      },
      { rootMargin: MARGIN },
    );
  }

  #get(kind: HighlightKind): Highlight {
    let h = this.#highlights.get(kind);
    if (!h) {
      h = new Highlight();
      // Claims sit above names, focus above all.
      h.priority = kind === 'focus' ? 2 : kind.startsWith('claim-') || kind === 'note' ? 1 : 0;
      this.#highlights.set(kind, h);
    }
    // The registry is the page's too: a page that cleared it (or took the name) gets ours back
    // the next time anything is painted.
    const name = `siyaq-${kind}`;
    if (CSS.highlights.get(name) !== h) CSS.highlights.set(name, h);
    return h;
  }

  /** Puts back in the registry any of our highlights the page removed (scrolling calls it too). */
  #reregister(): void {
    for (const kind of this.#highlights.keys()) this.#get(kind);
  }

  /**
   * A range of `block`: painted while the block is near the viewport. `now` paints it before the
   * observer has seen a new block (it says within a frame whether the block is near), for text a
   * page has just rendered anew where it was painted a moment ago.
   */
  add(kind: HighlightKind, range: AbstractRange, block: Element, now = false): void {
    let ranges = this.#blocks.get(block);
    if (!ranges) {
      ranges = new Map();
      this.#blocks.set(block, ranges);
      this.#observer.observe(block);
    }
    ranges.set(range, kind);
    if (now) this.#visible.add(block);
    if (this.#visible.has(block)) this.#get(kind).add(range);
  }

  remove(kind: HighlightKind, range: AbstractRange, block: Element): void {
    this.#highlights.get(kind)?.delete(range);
    const ranges = this.#blocks.get(block);
    if (!ranges?.delete(range) || ranges.size) return;
    this.#blocks.delete(block);
    this.#visible.delete(block);
    this.#observer.unobserve(block);
  }

  /**
   * Our highlight styles inside an open shadow root. Chromium's text there inherits them from the
   * host (the Chromium build's rules are on :root); Firefox does not (seen in Firefox ESR 153), so the
   * root adopts a sheet of ours. Adopting changes no node of the page.
   */
  styleShadowRoot(root: ShadowRoot): void {
    try {
      if (!this.#sheet) {
        this.#sheet = new CSSStyleSheet();
        this.#sheet.replaceSync(SIYAQ_HIGHLIGHT_CSS);
      }
      if (!root.adoptedStyleSheets.includes(this.#sheet))
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, this.#sheet];
    } catch (e) {
      // Names there are still found and open cards; they are not coloured.
      console.info('Siyaq: could not style highlights in a shadow root', e);
    }
  }

  /** The keyboard focus: one range, painted wherever it is (it is about to be scrolled to). */
  focus(range: AbstractRange | null): void {
    const h = this.#get('focus');
    h.clear();
    if (range) h.add(range);
  }
}
