/** Reads a .txt or .html file for `siyaq annotate`, refusing what is not UTF-8 text. */
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import type { AnnotateInput } from '../core/annotate';
import { collectText, type TreeNode } from '../core/page/collect';
import { dateHints, type QueryableDocument } from '../core/page/date-hints';

export class InputError extends Error {}

/** Text from bytes: UTF-16 when a byte-order mark says so, else UTF-8 (a UTF-8 BOM is dropped). */
export function decodeText(bytes: Uint8Array, name: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strictDecode('utf-16le', bytes.subarray(2), name);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strictDecode('utf-16be', bytes.subarray(2), name);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3), name);
  return decodeUtf8(bytes, name);
}

function strictDecode(encoding: string, bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid ${encoding.toUpperCase()}`);
  }
}

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
    if (path === '-') bytes = readFileSync(0);
    else if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory`);
    else bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? e})`);
  }
  const text = decodeText(bytes, path === '-' ? 'standard input' : path);
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
