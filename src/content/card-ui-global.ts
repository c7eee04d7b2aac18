/** Where the injected card UI (card-ui.ts) leaves its CardHost class in the content scripts' world. */
import type { CardHost } from './card-host';

export const CARD_UI_GLOBAL = '__siyaqCardUI';

export type CardUIGlobal = { [CARD_UI_GLOBAL]?: typeof CardHost };
