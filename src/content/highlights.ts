/**
 * Paints mentions with the CSS Custom Highlight API: the page DOM is never
 * touched. One named Highlight per record type (and per claim verdict), plus one
 * for the mention that has keyboard focus. Names are prefixed: the registry is shared with the page.
 */

export const HIGHLIGHT_NAMES = ['person', 'organization', 'place', 'event'] as const;
export type HighlightKind = (typeof HIGHLIGHT_NAMES)[number] | 'focus' | `claim-${string}`;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

export class Painter {
  readonly #highlights = new Map<string, Highlight>();

  #get(kind: HighlightKind): Highlight {
    let h = this.#highlights.get(kind);
    if (!h) {
      h = new Highlight();
      // Claims sit above names, focus above all.
      h.priority = kind === 'focus' ? 2 : kind.startsWith('claim-') ? 1 : 0;
      this.#highlights.set(kind, h);
      CSS.highlights.set(`siyaq-${kind}`, h);
    }
    return h;
  }

  add(kind: HighlightKind, range: AbstractRange): void {
    this.#get(kind).add(range);
  }

  remove(kind: HighlightKind, range: AbstractRange): void {
    this.#highlights.get(kind)?.delete(range);
  }

  clear(kind: HighlightKind): void {
    this.#highlights.get(kind)?.clear();
  }

  /** Removes every highlight of ours from the page. */
  dispose(): void {
    for (const kind of this.#highlights.keys()) CSS.highlights.delete(`siyaq-${kind}`);
    this.#highlights.clear();
  }
}
