/**
 * The content script of a page's subframes. Ad slots and embeds are most of a news page's frames,
 * and loading the whole content script into each cost about 5 ms of main-thread CPU and 0.3 MB of
 * heap per frame (bench: pageOverheadCpuMsFrames). This one only reads the frame's text and sends
 * it: the background loads the content script and its styles into a frame whose text names a
 * record. A frame whose text changes later (an embed arriving, an ad rotating) is read again after
 * a quiet period that doubles with each read.
 */
import { extensionApi } from '../extension-api';
import { FRAME_TEXT, FRAME_TEXT_CHARS, FRAME_TEXT_MESSAGE } from '../frame-message';
import { requestWith } from '../message-request';
import { leadingText } from './leading-text';

declare const SIYAQ_TEST_BUILD: boolean;

const FLAG = '__siyaqFrameLoaded';
const QUIET_MS = 500;
const QUIET_MAX_MS = 30_000;

async function main(): Promise<void> {
  // The top frame has the content script itself (manifest.json).
  if (window === window.top) return;
  const g = globalThis as Record<string, unknown>;
  if (g[FLAG]) return;
  g[FLAG] = true;
  let last = '';
  let quiet = QUIET_MS;
  let waiting = false;
  let loaded = false;
  const send = (m: unknown) => extensionApi().runtime.sendMessage(m);
  const read = async () => {
    waiting = false;
    const text = document.body ? leadingText(document.body, FRAME_TEXT_CHARS) : '';
    if (loaded || !text.trim() || text === last) return;
    last = text;
    quiet = Math.min(quiet * 2, QUIET_MAX_MS);
    loaded = await requestWith(send, FRAME_TEXT_MESSAGE, FRAME_TEXT, { text }).catch((e: unknown) => {
      console.info('Siyaq: this frame could not be read', e);
      return false;
    });
    if (SIYAQ_TEST_BUILD)
      document.dispatchEvent(new CustomEvent('siyaq:frame-read', { detail: JSON.stringify({ loaded }) }));
    // The content script watches the frame from here on.
    if (loaded) observer.disconnect();
  };
  const observer = new MutationObserver(() => {
    if (waiting) return;
    waiting = true;
    setTimeout(() => void read(), quiet);
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
  await read();
}

void main();
