// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectText, type TreeNode, walkRuns } from '../../src/core/page/collect';

const collect = (html: string) => {
  document.body.innerHTML = html;
  return collectText(document.body as unknown as TreeNode);
};

describe('collecting page text', () => {
  it('joins inline elements into one run and splits runs at blocks', () => {
    const { text, runs } = collect('<p>قال <b>مصطفى</b> <i>الكاظمي</i></p><p>بغداد</p>');
    expect(text).toBe('قال مصطفى الكاظميبغداد');
    expect(runs.map((r) => text.slice(r.start, r.end))).toEqual(['قال مصطفى الكاظمي', 'بغداد']);
  });

  it('skips scripts, form fields, code, editable regions and our own UI', () => {
    const { text } = collect(
      '<p>أ</p><script>ب</script><textarea>ت</textarea><code>ث</code><div contenteditable="true">ج</div><div contenteditable="false">ح</div><div data-siyaq-ui>خ</div>',
    );
    expect(text).toBe('أح');
  });

  it('maps every text node to its offset', () => {
    const { runs } = collect('<p>ab<b>cd</b>ef</p>');
    expect(runs[0]?.nodes.map((n) => [n.node.nodeValue, n.start])).toEqual([
      ['ab', 0],
      ['cd', 2],
      ['ef', 4],
    ]);
  });

  it('reads an open shadow root before its host’s own children, as runs of its own, and says so', () => {
    document.body.innerHTML = '<p>قبل <span id="host">ظاهر</span> بعد</p><div id="closed"></div>';
    const host = document.getElementById('host') as HTMLElement;
    const open = host.attachShadow({ mode: 'open' });
    open.innerHTML = '<b>نوري</b> المالكي<slot></slot>';
    (document.getElementById('closed') as HTMLElement).attachShadow({ mode: 'closed' }).textContent = 'مخفي';
    const heard: unknown[] = [];
    const runs = [...walkRuns(document.body as unknown as TreeNode, (r) => heard.push(r))]
      .filter((r) => r !== null)
      .map((r) => r.text);
    expect(runs).toEqual(['قبل ', 'نوري المالكي', 'ظاهر بعد']);
    expect(heard).toEqual([open]);
  });

  it('walks a very deep page without overflowing the stack', () => {
    document.body.innerHTML = `${'<span>'.repeat(20000)}بغداد${'</span>'.repeat(20000)}`;
    expect(collectText(document.body as unknown as TreeNode).text).toBe('بغداد');
  });
});
