import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCENARIO_CODES, fromScenarioCode, toScenarioCode } from '../../src/records';
import { asScenarioId } from '../../src/engine';

describe('vignette numbers in assignment links', () => {
  it('every vignette in content/ has a number (append new ones to SCENARIO_CODES for shorter links)', () => {
    const missing = readdirSync('content/scenarios').filter((id) => !SCENARIO_CODES.includes(id));
    expect(missing, `append to SCENARIO_CODES in src/records/scenario-codes.ts: ${missing.join(', ')}`).toEqual([]);
    expect(new Set(SCENARIO_CODES).size).toBe(SCENARIO_CODES.length);
  });

  it('a vignette without a number travels as its id, and an unknown number is refused', () => {
    expect(toScenarioCode(asScenarioId('hotel-room-214'))).toBe(0);
    expect(toScenarioCode(asScenarioId('a-new-vignette'))).toBe('a-new-vignette');
    expect(fromScenarioCode('a-new-vignette')).toBe('a-new-vignette');
    expect(fromScenarioCode(SCENARIO_CODES.length)).toBeUndefined();
  });
});
