import * as z from 'zod/mini';

/** LMS.LaunchData as the LMS stores it (cmi5 section 10), validated before it is trusted. */
export const LaunchDataSchema = z.looseObject({
  contextTemplate: z.looseObject({}),
  launchMode: z.enum(['Normal', 'Browse', 'Review']),
  moveOn: z.enum(['Passed', 'Completed', 'CompletedAndPassed', 'CompletedOrPassed', 'NotApplicable']),
  masteryScore: z.optional(z.number().check(z.gte(0), z.lte(1))),
});

/** The learner's preferences (cmi5 section 11). */
export const LearnerPreferencesSchema = z.looseObject({ languagePreference: z.optional(z.string()) });

/** Signaal's own state document in the LRS: the progress and which cmi5 verdicts were sent. */
export const Cmi5ProgressStateSchema = z.object({
  version: z.literal(1),
  progress: z.string(),
  completedSent: z.boolean(),
  passedSent: z.boolean(),
});

export type Cmi5ProgressState = z.infer<typeof Cmi5ProgressStateSchema>;
