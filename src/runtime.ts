/**
 * The typed messages (messages.ts) over the browser's runtime: the only place
 * contexts talk to each other. Replies are validated by `request`.
 */
import browser from 'webextension-polyfill';
import { dispatch, type Handlers, type MessageName, type Params, type Reply, request } from './messages';

/** A request to the background (from a content script, the popup or the options page). */
export function toBackground<N extends MessageName>(name: N, params: Params<N>): Promise<Reply<N>> {
  return request((m) => browser.runtime.sendMessage(m), name, params);
}

/** A request to the content script of a tab (from the popup). */
export function toTab<N extends MessageName>(tabId: number, name: N, params: Params<N>): Promise<Reply<N>> {
  return request((m) => browser.tabs.sendMessage(tabId, m), name, params);
}

/** Answers our messages with `handlers`; call synchronously at the top level of a background script. */
export function listen(handlers: Handlers<browser.Runtime.MessageSender>): void {
  browser.runtime.onMessage.addListener((raw: unknown, sender: browser.Runtime.MessageSender) =>
    dispatch(handlers, raw, sender),
  );
}
