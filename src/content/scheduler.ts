/**
 * Chunked work that shares the main thread fairly: run steps until a time slice
 * is used up, then give the page a whole turn. We yield with a background-priority
 * task (scheduler.postTask) or a plain timer task, never scheduler.yield(), whose
 * continuations run ahead of the page's own timers, messages and input.
 */
export const SLICE_MS = 8;

type PostTask = (callback: () => void, options: { priority: 'background' }) => Promise<void>;

/** Gives the page a turn: its timers and input run before our next slice. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { postTask?: PostTask } }).scheduler;
  if (s?.postTask) return s.postTask(() => {}, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Pulls from `steps` until it is done, yielding whenever a slice is spent. A
 * step may hand back a promise (a reply from the background): it is awaited,
 * then the page gets a turn before the next slice starts, because replies arrive
 * as tasks that may be queued ahead of the page's own. `isCancelled` lets a
 * newer scan stop an older one between steps.
 */
export async function runChunked(
  steps: Iterator<Promise<unknown> | undefined>,
  isCancelled: () => boolean = () => false,
): Promise<boolean> {
  let sliceStart = performance.now();
  for (;;) {
    if (isCancelled()) return false;
    const step = steps.next();
    if (step.done) return true;
    if (step.value) {
      await step.value;
      await yieldToPage();
      sliceStart = performance.now();
    } else if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}
