/**
 * Schemas built the first time they validate something. Every page runs the content script, and
 * building every message's schema when it loads cost each page milliseconds (CPU profile of a
 * short article), for schemas most pages never use: notes, packs, the popup's replies.
 */
import * as v from 'valibot';

export function deferred<const S extends v.GenericSchema>(make: () => S): v.LazySchema<S> {
  let built: S | undefined;
  return v.lazy(() => {
    built ??= make();
    return built;
  });
}
