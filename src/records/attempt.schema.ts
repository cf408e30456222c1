import * as z from 'zod/mini';
import { asFragmentId, asOptionId, asSceneId, asScenarioId, type AttemptRecord } from '../engine';
import { kebabId } from './text-fields.schema';

const MAX_ITEMS = 400;

/** An attempt record as any file carries it: ids only, bounded in size. */
export const AttemptRecordFileSchema = z.strictObject({
  scenarioId: kebabId(),
  contentVersion: z.number().check(z.int(), z.positive(), z.lte(1_000_000)),
  path: z.array(kebabId()).check(z.maxLength(MAX_ITEMS)),
  flags: z.array(kebabId()).check(z.maxLength(MAX_ITEMS)),
  choices: z.array(z.strictObject({ scene: kebabId(), option: kebabId() })).check(z.maxLength(MAX_ITEMS)),
});

export type AttemptRecordFile = z.infer<typeof AttemptRecordFileSchema>;

/** Brands a validated attempt's ids. */
export const toAttemptRecord = (file: AttemptRecordFile): AttemptRecord => ({
  scenarioId: asScenarioId(file.scenarioId),
  contentVersion: file.contentVersion,
  path: file.path.map(asSceneId),
  flags: file.flags.map(asFragmentId),
  choices: file.choices.map((c) => ({ scene: asSceneId(c.scene), option: asOptionId(c.option) })),
});
