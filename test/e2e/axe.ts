/** axe-core in the end-to-end tests: Siyaq's pages and its card must have no violations. */
import axe from 'axe-core';

/** axe's own source, to evaluate in the page. */
const AXE_SOURCE = axe.source;

/** The driver's evaluate (Playwright's and Puppeteer's both take a script text or a function with one argument). */
interface Evaluates {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluate(script: string): Promise<unknown>;
}

/**
 * Violations of `selector` (default: the whole document), as "rule: target" lines. The script is
 * evaluated, not added as a tag, as extension pages' CSP refuses inline scripts.
 */
export async function axeViolations(page: Evaluates, selector?: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (sel: string | null) => {
    type Axe = {
      run(
        context: unknown,
        options: unknown,
      ): Promise<{ violations: { id: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] }>;
    };
    const axe = (globalThis as unknown as { axe: Axe }).axe;
    const result = await axe.run(sel ? { include: [sel] } : document, { resultTypes: ['violations'] });
    return result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    );
  }, selector ?? null);
}
