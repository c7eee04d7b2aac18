/**
 * The few extension APIs that messaging and settings need, straight from the browser: in MV3,
 * Firefox's `browser` and Chrome's `chrome` both return promises for all of them. The content
 * script runs on every page, and there webextension-polyfill's set-up and module interop cost
 * about 2 ms per page (CPU profile of the short article); the background and the popup, which use
 * many more APIs, keep the polyfill for those.
 */

/** Who sent a message: a content script's tab and frame. */
export interface Sender {
  /** The tab's address is there only where the extension may read the site (host permission). */
  readonly tab?: { readonly id?: number; readonly url?: string };
  readonly frameId?: number;
  /** The address of the frame that sent the message. */
  readonly url?: string;
}

type Listener = (
  message: unknown,
  sender: Sender,
  sendResponse: (reply: unknown) => void,
) => true | undefined;

type StorageListener = (changes: Record<string, unknown>, area: string) => void;

interface ExtensionApi {
  readonly runtime: {
    sendMessage(message: unknown): Promise<unknown>;
    readonly onMessage: { addListener(listener: Listener): void };
  };
  readonly tabs?: {
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  readonly storage: {
    readonly local: {
      get(keys: readonly string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
    readonly onChanged: {
      addListener(listener: StorageListener): void;
      removeListener(listener: StorageListener): void;
    };
  };
}

const world = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };

export const extensionApi = (): ExtensionApi => {
  const api = world.browser ?? world.chrome;
  if (!api?.runtime) throw new Error('Siyaq: not running as an extension');
  return api;
};
