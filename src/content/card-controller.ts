/**
 * When cards open and close. Pointer: a card opens after a dwell on a mention,
 * stays while the pointer is on the mention or the card, and closes after a
 * grace period. Touch: a tap opens it. Keyboard: the browser's commands (commands.ts, rebindable)
 * move through the mentions and open their cards; Escape closes. A card can be pinned.
 */
import type { CardModel } from '../core/card/model';
import type { Lang } from '../ui/strings';
import { type Annotator, inReadingOrder, type PageClaim, type PageMention } from './annotator';
import type { CardHost, CardLook } from './card-host';
import type { Painter } from './highlights';
import { anchorRect, liveRange, targetAtPoint } from './hit-test';

export const GRACE_MS = 300;

/** What a card is for: a mention (its record, and claims on the same words) or a claim on its own. */
export type CardTarget = PageMention | PageClaim;

/** Whether keys pressed here are the reader's typing (a form field or editable text). */
function isEditable(target: Element | null): boolean {
  const el = target as (Element & { isContentEditable?: boolean }) | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable === true;
}

/** The focused element, through open shadow roots (a field inside a web component is still a field). */
function deepActiveElement(doc: Document): Element | null {
  let el = doc.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Fetches a record's card at a date from the background (null: no such record). */
type CardFetcher = (id: string, date: string | null) => Promise<CardModel | null>;

export interface ControllerOptions {
  /** Settings: read at each use, as the reader may change them while the page is open. */
  dwellMs: number;
  look: CardLook;
  /** The card's "turn off on this site". */
  readonly onTurnOffSite: () => void;
  readonly fetchCard: CardFetcher;
  /** The card's UI (Preact and the card), loaded on the first card: most pages never show one. */
  readonly loadCardUI: () => Promise<typeof CardHost>;
  lang: Lang;
  readonly articleDate: () => string | null;
  readonly onLangChange: (lang: Lang) => void;
}

export class CardController {
  readonly #doc: Document;
  readonly #annotator: Annotator;
  readonly #painter: Painter;
  readonly #opts: ControllerOptions;
  /** Made on the first card: most pages never show one, and pay nothing for it. */
  #cardHost: CardHost | null = null;
  #cardHostReady: Promise<CardHost> | null = null;
  readonly #cleanup: (() => void)[] = [];
  #hovered: CardTarget | null = null;
  #shown: CardTarget | null = null;
  #pinned = false;
  #overCard = false;
  #dwell: ReturnType<typeof setTimeout> | undefined;
  #grace: ReturnType<typeof setTimeout> | undefined;
  #frame = 0;
  #lastPoint = { x: 0, y: 0 };
  #focusIndex = -1;
  /** Card data by record and date, fetched once: a promise while it is on its way. */
  readonly #models = new Map<string, Promise<CardModel | null>>();
  /** Counts opens, so a late reply for an older target is not shown. */
  #openSeq = 0;

  constructor(doc: Document, annotator: Annotator, painter: Painter, opts: ControllerOptions) {
    this.#doc = doc;
    this.#annotator = annotator;
    this.#painter = painter;
    this.#opts = opts;
    const win = doc.defaultView as Window;
    this.#listen(doc, 'pointermove', (e) => this.#onPointerMove(e as PointerEvent), { passive: true });
    this.#listen(doc, 'pointerup', (e) => this.#onPointerUp(e as PointerEvent), { passive: true });
    this.#listen(win, 'keydown', (e) => this.#onKey(e as KeyboardEvent), { capture: true });
    this.#listen(win, 'scroll', () => this.#reposition(), { passive: true, capture: true });
    this.#listen(win, 'resize', () => this.#reposition(), { passive: true });
  }

  #host(): Promise<CardHost> {
    this.#cardHostReady ??= this.#opts.loadCardUI().then((Host) => {
      this.#cardHost = this.#newHost(Host);
      return this.#cardHost;
    });
    this.#cardHostReady.catch(() => {
      this.#cardHostReady = null; // try again on the next card
    });
    return this.#cardHostReady;
  }

  #newHost(Host: typeof CardHost): CardHost {
    return new Host(this.#doc, {
      onPin: () => {
        this.#pinned = !this.#pinned;
        this.#rerender();
      },
      onClose: () => this.close(true),
      onTurnOffSite: () => {
        this.close(true);
        this.#opts.onTurnOffSite();
      },
      onLang: () => {
        this.#opts.lang = this.#opts.lang === 'ar' ? 'en' : 'ar';
        this.#opts.onLangChange(this.#opts.lang);
        this.#rerender();
      },
      onPointerEnter: () => {
        this.#overCard = true;
        this.#cancelGrace();
      },
      onPointerLeave: () => {
        this.#overCard = false;
        this.#startGrace();
      },
    });
  }

  #listen(target: EventTarget, type: string, fn: (e: Event) => void, opts: AddEventListenerOptions): void {
    target.addEventListener(type, fn, opts);
    this.#cleanup.push(() => target.removeEventListener(type, fn, opts));
  }

  get shown(): CardTarget | null {
    return this.#shown;
  }

  #onPointerMove(e: PointerEvent): void {
    if (e.pointerType === 'touch') return;
    this.#lastPoint = { x: e.clientX, y: e.clientY };
    if (this.#frame) return;
    // One hit test per frame, however many events arrive.
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      if (this.#cardHost?.contains(e.target as Node)) return;
      const { x, y } = this.#lastPoint;
      const m = targetAtPoint(this.#doc, this.#annotator, x, y);
      if (m === this.#hovered) return;
      this.#hovered = m;
      clearTimeout(this.#dwell);
      if (m) {
        this.#cancelGrace();
        if (m !== this.#shown) {
          // Fetch during the dwell, so the card's data (and, the first time, its UI) is here when it ends.
          void this.#model(m);
          void this.#host().catch(() => {});
          this.#dwell = setTimeout(() => this.open(m, { x, y }), this.#opts.dwellMs);
        }
      } else this.#startGrace();
    });
  }

  #onPointerUp(e: PointerEvent): void {
    if (e.pointerType !== 'touch' || this.#cardHost?.contains(e.target as Node)) return;
    const m = targetAtPoint(this.#doc, this.#annotator, e.clientX, e.clientY);
    if (m) void this.open(m, { x: e.clientX, y: e.clientY });
    else if (!this.#pinned) this.close();
  }

  #onKey(e: KeyboardEvent): void {
    if (e.key === 'Escape' && this.#cardHost?.isOpen) this.close(true);
  }

  /**
   * The next (1) or previous (-1) mention or claim: scrolled to, its card opened and focused. The
   * command reaches us whatever has focus, so it does nothing while the reader is typing.
   */
  step(direction: 1 | -1): boolean {
    if (this.#doc.designMode === 'on' || isEditable(deepActiveElement(this.#doc))) return false;
    const list = this.targets();
    if (!list.length) return false;
    const current = this.#shown ? list.indexOf(this.#shown) : this.#focusIndex;
    this.#focusIndex = (current + direction + list.length) % list.length;
    this.reveal(list[this.#focusIndex] as CardTarget, true);
    return true;
  }

  /** Everything a keyboard user can move through: mentions, and claims not on a mention's words. */
  targets(): CardTarget[] {
    const mentions = this.#annotator.ordered();
    const onMentions = new Set(mentions.flatMap((m) => m.claims));
    const claims = this.#annotator.orderedClaims().filter((c) => !onMentions.has(c));
    return claims.length ? inReadingOrder<CardTarget>([...mentions, ...claims]) : mentions;
  }

  /** Scrolls to a mention or claim, marks it, and opens its card (keyboard, popup). */
  reveal(m: CardTarget, focusCard: boolean): void {
    const el = m.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', inline: 'nearest' });
    this.#painter.focus(m.range);
    void this.open(m).then(() => {
      if (focusCard && this.#shown === m) this.#cardHost?.focus();
    });
  }

  /** Opens the card of a mention or claim (once its data is here: usually already, from the dwell). */
  open(m: CardTarget, near?: { x: number; y: number }): Promise<void> {
    const seq = ++this.#openSeq;
    return Promise.all([this.#model(m), this.#host()]).then(([model, host]) => {
      if (seq !== this.#openSeq) return; // another card was asked for meanwhile
      const claims = m.kind === 'mention' ? m.claims : [m];
      if (!model && !claims.length) return;
      if (!m.nodes.every((n) => n.isConnected)) return;
      this.#cancelGrace();
      if (this.#shown !== m) this.#pinned = false;
      this.#shown = m;
      host.show({
        model,
        claims: claims.map((c) => c.claim.view),
        anchor: anchorRect(m, near),
        lang: this.#opts.lang,
        look: this.#opts.look,
        pinned: this.#pinned,
      });
    });
  }

  close(force = false): void {
    if (this.#pinned && !force) return;
    this.#openSeq++;
    clearTimeout(this.#dwell);
    this.#cancelGrace();
    this.#cardHost?.hide();
    this.#painter.focus(null);
    this.#shown = null;
    this.#pinned = false;
    this.#hovered = null;
  }

  /** Drops cached cards (the article date changed). */
  forget(): void {
    this.#models.clear();
  }

  #model(m: CardTarget): Promise<CardModel | null> {
    const id = m.kind === 'mention' ? m.entity.id : m.claim.subject;
    if (!id) return Promise.resolve(null);
    const date = this.#opts.articleDate();
    const key = `${id}@${date}`;
    let model = this.#models.get(key);
    if (!model) {
      model = this.#opts.fetchCard(id, date).catch(() => {
        this.#models.delete(key); // try again next time
        return null;
      });
      this.#models.set(key, model);
    }
    return model;
  }

  #rerender(): void {
    if (this.#shown) void this.open(this.#shown);
  }

  #reposition(): void {
    if (!this.#shown || !this.#cardHost?.isOpen) return;
    // A pinned card stays where it is on screen (its close button with it), whatever scrolls.
    if (this.#pinned) {
      this.#cardHost.keepInView();
      return;
    }
    if (!this.#shown.nodes.every((n) => n.isConnected)) {
      this.close(true);
      return;
    }
    const r = liveRange(this.#shown).getBoundingClientRect();
    const win = this.#doc.defaultView as Window;
    if (r.bottom < 0 || r.top > win.innerHeight) this.close();
    else void this.open(this.#shown);
  }

  #startGrace(): void {
    if (!this.#cardHost?.isOpen || this.#pinned || this.#overCard) return;
    this.#cancelGrace();
    this.#grace = setTimeout(() => {
      if (!this.#overCard && this.#hovered !== this.#shown) this.close();
    }, GRACE_MS);
  }

  #cancelGrace(): void {
    clearTimeout(this.#grace);
    this.#grace = undefined;
  }

  dispose(): void {
    this.close(true);
    for (const c of this.#cleanup) c();
    this.#cardHost?.dispose();
  }
}
