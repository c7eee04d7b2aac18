/** The typed message map: only our requests, well-formed, get through; replies are checked against their schema. */
import { describe, expect, it } from 'vitest';
import { dispatch, MESSAGES, parseRequest, ReplyError, request } from '../../src/messages';

describe('parseRequest', () => {
  it.each([
    [{ type: 'siyaq:summary' }, { name: 'siyaq:summary', params: {} }],
    [
      { type: 'siyaq:reveal', id: 'kataib-hezbollah' },
      { name: 'siyaq:reveal', params: { id: 'kataib-hezbollah' } },
    ],
    [
      { type: 'siyaq:reveal-claim', index: 3 },
      { name: 'siyaq:reveal-claim', params: { index: 3 } },
    ],
    [
      { type: 'siyaq:set-enabled', enabled: false },
      { name: 'siyaq:set-enabled', params: { enabled: false } },
    ],
    [
      { type: 'siyaq:count', count: 12, extra: 'dropped' },
      { name: 'siyaq:count', params: { count: 12 } },
    ],
    [
      { type: 'siyaq:card', id: 'kadhimi', date: '2024-01-25' },
      { name: 'siyaq:card', params: { id: 'kadhimi', date: '2024-01-25' } },
    ],
    [
      {
        type: 'siyaq:match',
        session: 's-1',
        text: 'نص',
        runs: [{ start: 0, end: 2 }],
        present: ['kadhimi'],
        date: null,
      },
      {
        name: 'siyaq:match',
        params: {
          session: 's-1',
          text: 'نص',
          runs: [{ start: 0, end: 2 }],
          present: ['kadhimi'],
          date: null,
        },
      },
    ],
  ])('accepts %j', (raw, parsed) => {
    expect(parseRequest(raw)).toEqual(parsed);
  });

  it.each([
    null,
    'siyaq:summary',
    { type: 'other:thing' },
    { type: 'toString' },
    { type: '__proto__' },
    { type: 'siyaq:reveal', id: '<img src=x>' },
    { type: 'siyaq:reveal-claim', index: -1 },
    { type: 'siyaq:reveal-claim', index: 1.5 },
    { type: 'siyaq:reveal-claim', index: '2' },
    { type: 'siyaq:set-enabled', enabled: 'yes' },
    { type: 'siyaq:count', count: -4 },
    { type: 'siyaq:card', id: 'kadhimi', date: 'yesterday' },
    { type: 'siyaq:match', session: 's', text: 'نص', runs: [{ start: -1, end: 2 }], present: [], date: null },
    { type: 'siyaq:match', session: 's', text: 5, runs: [], present: [], date: null },
    { type: 'siyaq:match', session: 'has space', text: 'نص', runs: [], present: [], date: null },
    {
      type: 'siyaq:match',
      session: 's',
      text: '',
      runs: [],
      present: [],
      date: null,
      hints: { metas: [['a']], jsonLd: [], times: [], text: '' },
    },
  ])('drops %j', (raw) => {
    expect(parseRequest(raw)).toBeNull();
  });

  it('knows every message by its wire name', () => {
    for (const name of Object.keys(MESSAGES)) expect(name).toMatch(/^siyaq:[a-z-]+$/);
  });
});

describe('request', () => {
  it('sends { type, ...params } and returns the validated reply', async () => {
    const sent: unknown[] = [];
    const reply = await request(
      async (m) => {
        sent.push(m);
        return true;
      },
      'siyaq:reveal',
      { id: 'kadhimi' },
    );
    expect(sent).toEqual([{ type: 'siyaq:reveal', id: 'kadhimi' }]);
    expect(reply).toBe(true);
  });

  it('rejects a reply that does not fit its schema, naming where', async () => {
    await expect(request(async () => ({ enabled: 'yes' }), 'siyaq:summary', {})).rejects.toThrow(ReplyError);
    await expect(request(async () => ({ enabled: 'yes' }), 'siyaq:summary', {})).rejects.toThrow(/enabled/);
    // No listener answered (undefined): not a valid summary either.
    await expect(request(async () => undefined, 'siyaq:summary', {})).rejects.toThrow(ReplyError);
  });
});

describe('dispatch', () => {
  it('answers handled messages and leaves the rest to other listeners', async () => {
    const handlers = { 'siyaq:reveal': ({ id }: { id: string }) => id === 'kadhimi' };
    await expect(dispatch(handlers, { type: 'siyaq:reveal', id: 'kadhimi' }, null)).resolves.toBe(true);
    expect(dispatch(handlers, { type: 'siyaq:summary' }, null)).toBeUndefined();
    expect(dispatch(handlers, { type: 'siyaq:reveal', id: 'Bad Id' }, null)).toBeUndefined();
    expect(dispatch(handlers, { type: 'nope' }, null)).toBeUndefined();
  });
});
