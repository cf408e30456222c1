import * as z from 'zod/mini';

/** LMS.LaunchData as the LMS stores it (cmi5 section 10), validated before it is trusted. */
export const LaunchDataSchema = z.looseObject({
  contextTemplate: z.looseObject({}),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  moveOn: z.enum(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']),
  masteryScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
  /** Where the AU goes when the learner leaves it (cmi5 section 10.2.6). */
  returnURL: z.optional(z.string().check(z.regex(/^https?:\/\/\S+$/))),
});

/** The learner's preferences (cmi5 section 11). */
export const LearnerPreferencesSchema = z.looseObject({ languagePreference: z.optional(z.string()) });
