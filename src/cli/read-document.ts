/** Reads a .txt or .html file for `siyaq annotate`, refusing what is not UTF-8 text. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import type { AnnotateInput } from '../core/annotate';
import { collectText, type TreeNode } from '../core/page/collect';
import { dateHints, type QueryableDocument } from '../core/page/date-hints';

export class InputError extends Error {}

export function decodeUtf8(bytes: Uint8Array, name: string): string {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) throw new InputError(`${name}: looks binary (NUL bytes), not a text or HTML file`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8; convert it first (e.g. iconv -f WINDOWS-1256 -t UTF-8)`);
  }
}

export function readDocument(path: string): AnnotateInput {
  let bytes: Uint8Array;
  try {
    if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? e})`);
  }
  const text = decodeUtf8(bytes, path);
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && /^\s*<(!doctype|html)/i.test(text)))
    return fromHtml(text);
  return { text };
}

/** The document's text as the content script sees it, plus the date hints a page offers. */
export function fromHtml(html: string): AnnotateInput {
  const { document } = parseHTML(html);
  const root = (document.body ?? document.documentElement) as unknown as TreeNode;
  const { text, runs } = collectText(root);
  return { text, runs, hints: dateHints(document as unknown as QueryableDocument, text) };
}
