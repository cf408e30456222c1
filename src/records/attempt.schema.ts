import * as z from 'zod/mini';
import {
  MAX_SEED,
  MODES,
  asOptionId,
  asSceneId,
  asScenarioId,
  asUnitId,
  type AttemptRecord,
  type Mode,
} from '../engine';
import { kebabId, unitId } from './text-fields.schema';

const MAX_ITEMS = 400;

/**
 * An attempt record as any file or store carries it: ids only, bounded in size. Mode, seed and
 * rules came with attempt record v2; a record without them was made before (see toAttemptRecord).
 */
export const AttemptRecordFileSchema = z.strictObject({
  scenarioId: kebabId(),
  contentVersion: z.number().check(z.int(), z.positive(), z.lte(1_000_000)),
  mode: z.optional(z.enum(MODES)),
  seed: z.optional(z.number().check(z.int(), z.gte(0), z.lte(MAX_SEED))),
  rules: z.optional(z.union([z.literal(1), z.literal(2)])),
  path: z.array(kebabId()).check(z.maxLength(MAX_ITEMS)),
  flags: z.array(unitId()).check(z.maxLength(MAX_ITEMS)),
  choices: z.array(z.strictObject({ scene: kebabId(), option: kebabId() })).check(z.maxLength(MAX_ITEMS)),
});

export type AttemptRecordFile = z.infer<typeof AttemptRecordFileSchema>;

/**
 * Brands a validated attempt's ids. A record made before attempt record v2 was scored under
 * rules 1 with options in authored order (seed 0); its mode is the one its assignment asked for,
 * else assessment.
 */
export const toAttemptRecord = (file: AttemptRecordFile, mode: Mode = 'assessment'): AttemptRecord => ({
  scenarioId: asScenarioId(file.scenarioId),
  contentVersion: file.contentVersion,
  mode: file.mode ?? mode,
  seed: file.seed ?? 0,
  rules: file.rules ?? 1,
  path: file.path.map(asSceneId),
  flags: file.flags.map(asUnitId),
  choices: file.choices.map((c) => ({ scene: asSceneId(c.scene), option: asOptionId(c.option) })),
});

/** The mode of records made before attempt record v2, from an assignment's feedback setting. */
export const modeOfFeedback = (feedback: 'scene' | 'end'): Mode => (feedback === 'scene' ? 'practice' : 'assessment');
