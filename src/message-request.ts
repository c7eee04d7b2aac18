/**
 * Sending one message and validating its reply, apart from the message map (messages.ts, whose
 * `request` uses this): frame.js, which runs in every frame of a page, carries only the schemas of
 * the one message it sends (frame-message.ts), not the map and all its schemas.
 */
import * as v from 'valibot';

export interface MessageSchemas {
  readonly params: v.GenericSchema;
  readonly reply: v.GenericSchema;
}

export class ReplyError extends Error {
  constructor(name: string, detail: string) {
    super(`${name}: unexpected reply (${detail})`);
    this.name = 'ReplyError';
  }
}

/** Sends `name` with `transport` (runtime.sendMessage, tabs.sendMessage…) and validates the reply. */
export async function requestWith<S extends MessageSchemas>(
  transport: (message: unknown) => Promise<unknown>,
  name: string,
  schemas: S,
  params: v.InferOutput<S['params']>,
): Promise<v.InferOutput<S['reply']>> {
  const raw = await transport({ type: name, ...(params as object) });
  const parsed = v.safeParse(schemas.reply, raw ?? null);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new ReplyError(name, `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`);
  }
  return parsed.output;
}
