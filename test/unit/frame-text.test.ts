// @vitest-environment happy-dom
/** What frame.js sends of a subframe: its text as textContent has it, less code, cut. */
import { describe, expect, it } from 'vitest';
import { frameText } from '../../src/content/frame';

describe('frameText', () => {
  it('is the body text without script, style or template source, cut at the limit', () => {
    document.body.innerHTML =
      '<div>قال <b>نوري المالكي</b></div><script>var a = "كتائب حزب الله";</script><style>p{}</style><template>x</template><p> ذلك.</p>';
    expect(frameText(document, 1000)).toBe('قال نوري المالكي ذلك.');
    expect(frameText(document, 5)).toBe('قال ن');
  });

  it('is empty for an empty frame', () => {
    document.body.innerHTML = '';
    expect(frameText(document, 1000)).toBe('');
  });
});
