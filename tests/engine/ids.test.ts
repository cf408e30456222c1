import { describe, expect, it } from 'vitest';
import { ID_PATTERN, ID_SOURCE, UNIT_ID_PATTERN } from '../../src/engine';

describe('the id rule', () => {
  it('is spelled once: both patterns are ID_SOURCE', () => {
    expect(ID_PATTERN.source).toBe(`^${ID_SOURCE}$`);
    expect(UNIT_ID_PATTERN.source).toBe(String.raw`^${ID_SOURCE}(?:\.[1-9][0-9]*)?$`);
  });

  it('takes kebab-case ids and neutral unit ids, nothing else', () => {
    expect(['hotel-room-214', 'a', 'x9'].every((id) => ID_PATTERN.test(id))).toBe(true);
    expect(['Hotel', 'a--b', '-a', 'a-', 'a_b', 'constructor ', ''].some((id) => ID_PATTERN.test(id))).toBe(false);
    expect(UNIT_ID_PATTERN.test('night.3')).toBe(true);
    expect(['night.0', 'night.', 'night.03'].some((id) => UNIT_ID_PATTERN.test(id))).toBe(false);
  });
});
