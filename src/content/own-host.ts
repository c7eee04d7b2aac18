/**
 * The element our injected UI (a card, the notes' button and editor) lives in, behind a shadow root.
 * A plain <div>, not a custom element: a page could define «siyaq-card» first (or attach its own
 * shadow root to it) and our attachShadow would throw; built-in elements cannot be redefined.
 * The page's CSS cannot reach it: the shadow root's :host rules are !important, which beats the
 * page's own rules, important or not.
 */
import { OWN_UI_ATTRIBUTE } from '../core/page/collect';

/** Which of our hosts: tests find them by `[data-siyaq="card"]`. */
export type HostKind = 'card' | 'notes';

export function ownHost(doc: Document, kind: HostKind): HTMLElement {
  const host = doc.createElement('div');
  host.setAttribute(OWN_UI_ATTRIBUTE, '');
  host.dataset.siyaq = kind;
  return host;
}
