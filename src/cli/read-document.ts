/** Reads a .txt or .html file for `siyaq annotate`, refusing what is not UTF-8 text. */
import { readFileSync, readSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import { parseHTML } from 'linkedom';
import type { AnnotateInput } from '../core/annotate';
import { collectText, RUN_SEPARATOR, type TreeNode } from '../core/page/collect';
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

/**
 * The largest input read: about 40 times the longest news article. Memory grows with the text
 * (folded copies, the HTML tree), so a larger file is refused with a message, not read until the
 * machine runs out.
 */
export const MAX_INPUT_BYTES = 16 * 1024 * 1024;

const tooLarge = (name: string, size?: string) =>
  new InputError(
    `${name} is larger than the ${MAX_INPUT_BYTES / 1024 / 1024} MB siyaq annotate reads${size ? ` (${size})` : ''}; split it into articles`,
  );

/** Standard input, up to the limit: reading stops as soon as it is passed. */
function readStdin(): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 20);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw tooLarge('standard input');
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

export function readDocument(path: string): AnnotateInput {
  let bytes: Uint8Array;
  try {
    if (path === '-') bytes = readStdin();
    else {
      const stat = statSync(path);
      if (stat.isDirectory()) throw new InputError(`${path}: is a directory`);
      if (stat.size > MAX_INPUT_BYTES) throw tooLarge(path, `${(stat.size / 1024 / 1024).toFixed(1)} MB`);
      bytes = readFileSync(path);
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot read (${code ?? e})`);
  }
  const text = decodeText(bytes, path === '-' ? 'standard input' : path);
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || (ext !== '.txt' && looksLikeHtml(text))) return fromHtml(text);
  return { text };
}

/** Markup first, after any comments and blank space: «<!-- … --> <html>», «<p>…». */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|[a-z][a-z0-9-]*[\s/>])/i.test(text);
}

/**
 * A whole document: fragments («<p>…</p>», no <body>) and empty files are put in one, as a browser
 * would, because the HTML parser (linkedom) finds no body, or fails, without it.
 */
function asDocument(html: string): string {
  if (/<body[\s>]/i.test(html)) return html;
  const HEAD = /<head[\s>][\s\S]*?<\/head>/i;
  const head = HEAD.exec(html)?.[0] ?? '';
  const body = html
    .replace(HEAD, '')
    .replace(/<!doctype[^>]*>/i, '')
    .replace(/<\/?html[^>]*>/gi, '');
  return `<!doctype html><html>${head}<body>${body}</body></html>`;
}

/** The document's text as the content script sees it, plus the date hints a page offers. */
export function fromHtml(html: string): AnnotateInput {
  const { document } = parseHTML(asDocument(html));
  const root = (document.body ?? document.documentElement) as unknown as TreeNode;
  const { text, runs } = collectText(root, RUN_SEPARATOR);
  return { text, runs, hints: dateHints(document as unknown as QueryableDocument, text) };
}
