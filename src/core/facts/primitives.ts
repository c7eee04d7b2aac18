/** The smallest schemas, shared by the fact-base schema, pack manifests and messages. */
import * as v from 'valibot';

/** A date whose precision is its shape: "2020", "2020-01" or "2020-01-03". */
export const PartialDate = v.pipe(
  v.string(),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const Id = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'id must be lowercase ascii words joined by -'),
);
export const NonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
export const Bilingual = v.strictObject({ ar: NonEmpty, en: NonEmpty });
