/** Every interface string is shown by some view: unused words are dead code, caught here (knip cannot see object keys). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const files = (readdirSync(SRC, { recursive: true }) as string[])
  .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('ui/strings.ts'))
  .map((f) => readFileSync(join(SRC, f), 'utf8'))
  .join('\n');
const keys = [
  ...readFileSync(join(SRC, 'ui/strings.ts'), 'utf8').matchAll(/^ {2}'?([\w-]+)'?: \{ ar:/gm),
].map((m) => m[1] as string);

describe('interface strings', () => {
  it('are found', () => expect(keys.length).toBeGreaterThan(20));
  it.each(keys)('%s is used by a view', (key) => {
    // A key is used by name, or through a template such as `kind_${claim.kind}`.
    const prefix = key.includes('_') ? `\`${key.slice(0, key.indexOf('_') + 1)}\${` : null;
    const used =
      [`'${key}'`, `"${key}"`, `.${key}`].some((p) => files.includes(p)) ||
      (prefix && files.includes(prefix));
    expect(used).toBeTruthy();
  });
});
