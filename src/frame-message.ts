/**
 * The one message frame.js sends, kept apart so that frame.js carries only its schemas; the
 * message map (messages.ts) lists it with the others.
 */
import * as v from 'valibot';
import { deferred } from './core/deferred-schema';

export const FRAME_TEXT_MESSAGE = 'siyaq:frame-text';

/** The most of a frame's text that frame.js sends; a frame with more is read by the content script whole. */
export const FRAME_TEXT_CHARS = 20_000;

/**
 * Subframe→B: a frame's text (frame.js). The background loads the content script and its styles
 * into the frame when the text names a record; true once they are there.
 */
export const FRAME_TEXT = {
  // Built on first use: frame.js loads in top frames too, where it sends nothing.
  params: deferred(() => v.object({ text: v.pipe(v.string(), v.maxLength(FRAME_TEXT_CHARS)) })),
  reply: deferred(() => v.boolean()),
};
