/**
 * The longest the page's own interval timer waited after `from` (ms, the page's clock): each gap
 * between consecutive ticks, counted from `from` when it began earlier. A wait that began before
 * our content script started (the page's own first layout, on a long page) is ours only from then.
 * `ticks` end with the first tick after the window.
 */
export function longestWait(ticks: readonly number[], from: number): number {
  let wait = 0;
  for (let i = 1; i < ticks.length; i++) {
    const t = ticks[i] as number;
    if (t > from) wait = Math.max(wait, t - Math.max(from, ticks[i - 1] as number));
  }
  return wait;
}
