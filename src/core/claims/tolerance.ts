/**
 * The tolerance rules of claim checking, in one place. Each rule is named,
 * says why, and gives examples; the checkers use these and nothing else to
 * decide how close is close enough. A wrong "supported" is the worst outcome,
 * so every rule errs towards "unverified".
 */
import type { Qualifier } from '../facts/schema';

/** A quantity as an interval of values; `max` is Infinity for "more than" and "at least". */
export interface Interval {
  readonly min: number;
  readonly max: number;
}

/**
 * ABOUT: «نحو 150», «حوالى 150», «قرابة 150» cover 10% either way.
 * «نحو 150 هجوماً» agrees with a recorded 140 or 160, not with 170.
 */
export const ABOUT = 0.1;

/** The values a qualified number allows. «أكثر من 15» = 16…∞; «نحو 110» = 99…121. */
export function interval(value: number, qualifier: Qualifier): Interval {
  switch (qualifier) {
    case 'exact':
      return { min: value, max: value };
    case 'more-than':
      return { min: Number.isInteger(value) ? value + 1 : value, max: Number.POSITIVE_INFINITY };
    case 'at-least':
      return { min: value, max: Number.POSITIVE_INFINITY };
    case 'about':
      return { min: value * (1 - ABOUT), max: value * (1 + ABOUT) };
    case 'up-to':
      return { min: 0, max: value };
    case 'less-than':
      return { min: 0, max: Math.max(0, Number.isInteger(value) ? value - 1 : value) };
  }
}

const openEnded = (r: Interval) => r.max === Number.POSITIVE_INFINITY;

/** How one recorded figure bears on a claimed quantity. */
export type Bearing = 'entails' | 'contradicts' | 'silent';

/**
 * FAR: a claim at least this many times a count recorded for the same time is
 * far from it, even when the record says "more than": «أكثر من 5000 هجوم» in
 * February 2024 against «more than 140 attacks» as of January 2024. Applies
 * only to snapshots of running counts (figures with an as-of date): for a
 * one-off event, an open-ended record («أكثر من 15 صاروخاً») says nothing about
 * how many more there were, so «نحو 900 صاروخ» stays unverified.
 */
export const FAR = 2;

/**
 * ENTAILED: a recorded figure supports a claim when every value it allows is one the claim allows:
 * recorded «أكثر من 15» entails «أكثر من 10» but not «15» nor «نحو 900»; recorded 150 entails
 * «نحو 150» and «بين 100 و200». A recorded «نحو 150» (135…165) and a claimed exact 150 are within
 * ABOUT of each other and the recorded range is bounded: counted as entailed (news rounds both ways).
 * CONTRADICTED: no value is allowed by both («15» against «أكثر من 15»; 73 against 63), or FAR.
 * Anything else is silent: the claim may be true, the record cannot tell.
 */
export function bearing(claim: Interval, recorded: Interval, snapshot: boolean): Bearing {
  if (recorded.min >= claim.min && recorded.max <= claim.max) return 'entails';
  if (
    !openEnded(recorded) &&
    recorded.min > 0 &&
    !openEnded(claim) &&
    claim.min >= recorded.min &&
    claim.max <= recorded.max
  )
    return 'entails';
  if (claim.max < recorded.min || claim.min > recorded.max) return 'contradicts';
  if (snapshot && recorded.min > 0 && claim.min >= FAR * recorded.min) return 'contradicts';
  return 'silent';
}

/**
 * CONTEMPORANEOUS: a running count («هجوماً منذ أكتوبر») is compared only with figures recorded
 * within this many days of the article date (or in a year the sentence names): «150 attacks» as of
 * February 2024 says nothing of a count in an article of May 2024.
 */
export const CONTEMPORANEOUS_DAYS = 62;

/**
 * HIJRI_DAY: a Hijri date is converted with the Umm al-Qura calendar (`Intl`); countries that
 * sight the moon may be a day off, so a day either way is tolerated, and the claim says so.
 * «8 جمادى الأولى 1441 هـ» = 3 January 2020 (2–4 January accepted).
 */
export const HIJRI_DAY = 1;

/**
 * NEAR: how far (in folded characters) a date may be from an event's name or cue word to be
 * about that event when nothing else ties them.
 */
export const NEAR = 40;

/**
 * YEAR_SLIP: a date whose day and month are an event's but whose year is not, in a sentence
 * that tells of the event, gets the year wrong: «صوّت البرلمان … في 5 يناير 2021» for the vote of
 * 5 January 2020 is contradicted. Any other date near an event implied only by a cue word is
 * unverified: the sentence may tell of another event of the same people.
 */
export const sameDayOtherYear = (claimed: string, recorded: string) =>
  claimed.length === 10 &&
  recorded.length === 10 &&
  claimed.slice(4) === recorded.slice(4) &&
  claimed !== recorded;
