import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../src/app/routes';

describe('assignment and trainer routes', () => {
  it('read the learner and trainer screens from the hash', () => {
    expect(parseRoute('#/assignment')).toEqual({ name: 'assignment', view: { kind: 'overview' } });
    expect(parseRoute('#/assignment/AYxW_e-9')).toEqual({ name: 'assignment', view: { kind: 'open', code: 'AYxW_e-9' } });
    expect(parseRoute('#/assignment/play/hotel-room-214')).toEqual({ name: 'assignment', view: { kind: 'play', scenario: 'hotel-room-214' } });
    expect(parseRoute('#/assignment/debrief/hotel-room-214')).toEqual({ name: 'assignment', view: { kind: 'debrief', scenario: 'hotel-room-214' } });
    expect(parseRoute('#/trainer')).toEqual({ name: 'trainer', view: { kind: 'home' } });
    expect(parseRoute('#/trainer/new')).toEqual({ name: 'trainer', view: { kind: 'new' } });
    expect(parseRoute('#/trainer/assignment/abcd_-12')).toEqual({ name: 'trainer', view: { kind: 'share', id: 'abcd_-12' } });
    expect(parseRoute('#/trainer/results/abcd_-12')).toEqual({ name: 'trainer', view: { kind: 'results', id: 'abcd_-12' } });
  });

  it('send anything else to not-found, including a code with foreign characters', () => {
    for (const hash of ['#/assignment/a!b', '#/assignment/play/Bad_Id', '#/assignment/a/b/c', '#/trainer/results/short', '#/trainer/old', '#/trainer/new/x']) {
      expect(parseRoute(hash)).toEqual({ name: 'not-found' });
    }
  });
});
