/**
 * The typed messages (messages.ts) over the browser's runtime: the only place contexts talk to
 * each other. Replies are validated by `request`.
 */
import { extensionApi, type Sender } from './extension-api';
import { dispatch, type Handlers, type MessageName, type Params, type Reply, request } from './messages';

/** A request to the background (from a content script, the popup or the options page). */
export function toBackground<N extends MessageName>(name: N, params: Params<N>): Promise<Reply<N>> {
  return request((m) => extensionApi().runtime.sendMessage(m), name, params);
}

/**
 * A request to the content script of a tab's top frame (from the popup, or the background): frames
 * have content scripts of their own, and the first to answer would otherwise win.
 */
export function toTab<N extends MessageName>(tabId: number, name: N, params: Params<N>): Promise<Reply<N>> {
  return request(
    (m) => {
      const tabs = extensionApi().tabs;
      if (!tabs) throw new Error('Siyaq: no tabs API in this context');
      return tabs.sendMessage(tabId, m, { frameId: 0 });
    },
    name,
    params,
  );
}

/**
 * Answers our messages with `handlers`; call synchronously at the top level of a background
 * script. Replies go through sendResponse (and `true` keeps the channel open), which Chrome and
 * Firefox both support; messages that are not ours are left to other listeners.
 */
export function listen(handlers: Handlers<Sender>): void {
  extensionApi().runtime.onMessage.addListener((raw, sender, sendResponse) => {
    const reply = dispatch(handlers, raw, sender);
    if (!reply) return undefined;
    reply.then(sendResponse, (e: unknown) => {
      console.error('Siyaq: a message handler failed', e);
      sendResponse(undefined); // the sender's reply check reports it
    });
    return true;
  });
}
