/**
 * The longest the page's own interval timer waited within [from, to] (ms, the page's clock): each
 * gap between consecutive ticks, counted from `from` when it began earlier (a wait that began
 * before our content script started, such as the page's own first layout on a long page, is ours
 * only from then). A gap that straddles `to` counts whole.
 */
export function longestWait(ticks: readonly number[], from: number, to: number): number {
  let wait = 0;
  for (let i = 1; i < ticks.length; i++) {
    const prev = ticks[i - 1] as number;
    const t = ticks[i] as number;
    if (prev > to) break;
    if (t > from) wait = Math.max(wait, t - Math.max(from, prev));
  }
  return wait;
}
