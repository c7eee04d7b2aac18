/** The page bench's timer figure counts only what the page's timer waited once our scan began. */
import { describe, expect, it } from 'vitest';
import { longestWait } from '../bench/timer-wait';

describe('longestWait', () => {
  it('is the longest gap between ticks after the start', () => {
    expect(longestWait([100, 200, 340, 440], 0, 1000)).toBe(140);
  });

  it('counts a gap that began before the start only from the start', () => {
    // The page's own 400 ms layout, then our scan from 450: the timer waited 50 ms of it since.
    expect(longestWait([100, 500, 600, 700], 450, 1000)).toBe(100);
    expect(longestWait([100, 500, 620], 450, 1000)).toBe(120);
  });

  it('leaves out gaps that ended before the start', () => {
    expect(longestWait([100, 900, 1000, 1100], 950, 2000)).toBe(100);
  });

  it('counts a gap that straddles the end whole, and none after it', () => {
    expect(longestWait([100, 200, 450, 550, 900], 0, 300)).toBe(250);
    expect(longestWait([100, 200, 300, 900], 0, 300)).toBe(600);
  });

  it('is 0 without a tick after the start', () => {
    expect(longestWait([100, 200], 300, 1000)).toBe(0);
    expect(longestWait([], 0, 1000)).toBe(0);
  });
});
