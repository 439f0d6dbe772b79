/**
 * The built-in reference funnel and the default time and capacity model, as typed data with their
 * sources (see the README's "funnel plan" section). `funnel plan` falls back to these so that it
 * answers on a fresh install with no file at all — and always says that it did.
 */

/** The reference week: three trainees at a Belgian sales consultancy, one week. */
export const REFERENCE_FUNNEL = {
  counts: { dials: 106, reached: 38, meetings: 9 },
  weeks: 1,
  label: 'reference week 9/38/106 (three trainees at a Belgian sales consultancy, one week)',
  // The source's headline is "9 op 38 op 106"; its body once says 108 dials, but 9/106 = 8.5 % is the
  // figure consistent with the source's own percentages, so 106 it is (fixtures ship both weeks).
  source: 'trade article on prospecting ratios, headline "9 op 38 op 106"',
} as const;

/**
 * Default time model: minutes per dial that does not reach a decision-maker, and per conversation,
 * each including dialling, ringing or voicemail and logging the call.
 *
 * - Non-reaching dial, 2 min: DoYouConvert logged 68 dials in 182 min with 55 min dialling and 61 min
 *   logging, i.e. 0.8 + 0.9 ≈ 1.7 min per dial before any talk; rounded up for voicemail.
 * - Conversation, 5 min: Cold Call Gym (10,247 calls) measured 4 min 37 s for calls that booked a
 *   meeting and 38 s for rejections; with about a minute of logging a conversation that ends in a
 *   meeting, a callback or a no averages about 5 min.
 * - Check: on the reference reach rate 38/106, 0.64 × 2 + 0.36 × 5 = 3.08 min per dial ≈ 19.5 dials
 *   an hour, inside the published 17 (Profitworks), 16–27 (MPI) and 22 (DoYouConvert) per hour.
 */
export const DEFAULT_TIME_MODEL = {
  minutesPerDial: 2,
  minutesPerConversation: 5,
  source: 'DoYouConvert (68 dials in 182 min incl. logging), Cold Call Gym (call lengths), Profitworks/MPI (16–27 dials/h)',
} as const;

/**
 * Dialling and logging time per dial, beside the talk itself: DoYouConvert logged 68 dials with 55 min
 * of dialling and 61 min of logging, (55 + 61) / 68 ≈ 1.7 min a dial. Added to a call log's talk time
 * (which has no logging in it) to get a pace comparable to the published dials an hour.
 */
export const DIAL_OVERHEAD = {
  minutesPerDial: (55 + 61) / 68,
  source: 'DoYouConvert: 68 dials with 55 min dialling and 61 min logging',
} as const;

/** Default planning assumptions; each is a flag of `funnel plan`. */
export const PLAN_DEFAULTS = {
  daysPerWeek: 5,
  workdayHours: 8,
  /** Only 39 % of a salesperson's time goes to interacting with prospects (domain.md). */
  sellingShare: 0.39,
  confidence: 0.9,
  /** Relative lift per stage in the sensitivity table. */
  lift: 0.1,
} as const;
