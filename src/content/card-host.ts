/**
 * The card's home in the page: one host element with a shadow root (closed in
 * release builds, open in test builds), created once and reused. Page CSS
 * cannot reach inside; ours cannot leak out.
 */
import { h, render } from 'preact';
import type { ClaimView } from '../core/card/claim-view';
import type { CardModel } from '../core/card/model';
import { placeCard, type Rect } from '../core/layout/place-card';
import type { Theme } from '../settings';
import { Card } from '../ui/Card';
import { CARD_CSS } from '../ui/card-styles';
import type { Lang } from '../ui/strings';
import { ownHost } from './own-host';

declare const SIYAQ_TEST_BUILD: boolean;

/** The reader's theme and text size (settings). */
export interface CardLook {
  readonly theme: Theme;
  readonly textSize: number;
}

export interface CardView {
  readonly model: CardModel | null;
  readonly claims: readonly ClaimView[];
  readonly anchor: Rect;
  readonly lang: Lang;
  readonly look: CardLook;
  readonly pinned: boolean;
  readonly extra?: preact.ComponentChildren;
}

export interface CardHandlers {
  onPin(): void;
  onClose(): void;
  onTurnOffSite(): void;
  onLang(): void;
  onPointerEnter(): void;
  onPointerLeave(): void;
}

export class CardHost {
  readonly #host: HTMLElement;
  readonly #wrap: HTMLDivElement;
  readonly #handlers: CardHandlers;
  #open = false;

  constructor(doc: Document, handlers: CardHandlers) {
    this.#handlers = handlers;
    this.#host = ownHost(doc, 'card');
    const root = this.#host.attachShadow({ mode: SIYAQ_TEST_BUILD ? 'open' : 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    this.#wrap = doc.createElement('div');
    this.#wrap.className = 'wrap';
    this.#wrap.hidden = true;
    root.append(style, this.#wrap);
    this.#wrap.addEventListener('pointerenter', () => this.#handlers.onPointerEnter());
    this.#wrap.addEventListener('pointerleave', () => this.#handlers.onPointerLeave());
    this.#wrap.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation();
        this.#handlers.onClose();
      }
    });
  }

  get isOpen(): boolean {
    return this.#open;
  }

  contains(node: Node | null): boolean {
    return node === this.#host;
  }

  show(view: CardView): void {
    const doc = this.#host.ownerDocument;
    // Fullscreen pages show only the fullscreen element's subtree.
    const parent = doc.fullscreenElement ?? doc.documentElement;
    if (this.#host.parentNode !== parent) parent.append(this.#host);
    render(
      h(
        Card,
        {
          model: view.model,
          claims: view.claims,
          lang: view.lang,
          pinned: view.pinned,
          onPin: this.#handlers.onPin,
          onClose: this.#handlers.onClose,
          onTurnOffSite: this.#handlers.onTurnOffSite,
          onLang: this.#handlers.onLang,
        },
        view.extra,
      ),
      this.#wrap,
    );
    this.#wrap.hidden = false;
    this.#wrap.dataset.theme = view.look.theme;
    this.#wrap.style.setProperty('zoom', String(view.look.textSize / 100));
    this.#open = true;
    // Measure, then write: one layout read for the card's natural size.
    this.#wrap.style.maxHeight = '';
    const size = { width: this.#wrap.offsetWidth, height: this.#wrap.scrollHeight };
    const win = doc.defaultView as Window;
    const place = placeCard(
      view.anchor,
      size,
      { width: win.innerWidth, height: win.innerHeight },
      view.lang === 'ar' ? 'rtl' : 'ltr',
    );
    Object.assign(this.#wrap.style, {
      left: `${place.left}px`,
      top: `${place.top}px`,
      maxHeight: `${place.maxHeight}px`,
    });
    this.#wrap.dataset.side = place.side;
  }

  /** Keeps a pinned card inside the viewport as the window resizes; scrolling never moves it. */
  keepInView(): void {
    const win = this.#host.ownerDocument.defaultView as Window;
    const r = this.#wrap.getBoundingClientRect();
    const left = Math.min(Math.max(8, r.left), Math.max(8, win.innerWidth - r.width - 8));
    const top = Math.min(
      Math.max(8, r.top),
      Math.max(8, win.innerHeight - Math.min(r.height, win.innerHeight - 16) - 8),
    );
    if (left !== r.left || top !== r.top)
      Object.assign(this.#wrap.style, { left: `${left}px`, top: `${top}px` });
  }

  focus(): void {
    (this.#wrap.querySelector('.card') as HTMLElement | null)?.setAttribute('tabindex', '-1');
    (this.#wrap.querySelector('.card') as HTMLElement | null)?.focus();
  }

  hide(): void {
    if (!this.#open) return;
    render(null, this.#wrap);
    this.#wrap.hidden = true;
    this.#open = false;
  }

  dispose(): void {
    this.hide();
    this.#host.remove();
  }
}
