/**
 * The card's UI (Preact, the card, its styles and words), kept out of the content script: most
 * pages never show a card. The background injects this file into the page's isolated world when
 * the first card is about to open (scripting.executeScript), and the content script finds the
 * CardHost class it leaves there.
 */
import { CardHost } from './card-host';
import { CARD_UI_GLOBAL, type CardUIGlobal } from './card-ui-global';

(globalThis as CardUIGlobal)[CARD_UI_GLOBAL] = CardHost;
