/** Messages from other extensions and pages reach our listeners too: only ours, well-formed, get through. */
import { describe, expect, it } from 'vitest';
import { parseMessage } from '../../src/messages';

describe('parseMessage', () => {
  it.each([
    [{ type: 'siyaq:summary' }, { type: 'siyaq:summary' }],
    [
      { type: 'siyaq:reveal', id: 'kataib-hezbollah' },
      { type: 'siyaq:reveal', id: 'kataib-hezbollah' },
    ],
    [
      { type: 'siyaq:reveal-claim', index: 3 },
      { type: 'siyaq:reveal-claim', index: 3 },
    ],
    [
      { type: 'siyaq:set-enabled', enabled: false },
      { type: 'siyaq:set-enabled', enabled: false },
    ],
    [
      { type: 'siyaq:count', count: 12, extra: 'dropped' },
      { type: 'siyaq:count', count: 12 },
    ],
  ])('accepts %j', (raw, parsed) => {
    expect(parseMessage(raw)).toEqual(parsed);
  });

  it.each([
    null,
    'siyaq:summary',
    { type: 'other:thing' },
    { type: 'siyaq:reveal', id: '<img src=x>' },
    { type: 'siyaq:reveal-claim', index: -1 },
    { type: 'siyaq:reveal-claim', index: 1.5 },
    { type: 'siyaq:reveal-claim', index: '2' },
    { type: 'siyaq:set-enabled', enabled: 'yes' },
    { type: 'siyaq:count', count: -4 },
  ])('drops %j', (raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});
