import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import { describe, expect, it } from 'vitest';
import type { Scorm12Api, Scorm2004Api } from '../../../src/integrations/lms/scorm/scorm-api.types';
import { createScormReporter } from '../../../src/integrations/lms/scorm/scorm-reporter';
import { createScormSession, type ScormError } from '../../../src/integrations/lms/scorm/scorm-session';
import { toCmiTimespan, toIsoDuration } from '../../../src/integrations/lms/scorm/scorm-time';
import type { CourseStatus } from '../../../src/integrations/lms/tracker/assess-course';

// scorm-again's LMS-side API objects, as an LMS creates them (its ESM build exports them by name).
type LmsApi<A> = A & { loadFromJSON: (json: object, prefix: string) => void };
const { Scorm12API } = scorm12 as unknown as { Scorm12API: new (settings: object) => LmsApi<Scorm12Api> };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: new (settings: object) => LmsApi<Scorm2004Api> };

const done = (score: number, status: CourseStatus['status']): CourseStatus => ({ total: 1, completed: 1, score, status, vignettes: [{ id: 'hotel-room-214', score, passed: status === 'passed' }] });

function lms12(initial: object = {}) {
  const api = new Scorm12API({ logLevel: 5 });
  api.loadFromJSON(initial, '');
  const errors: ScormError[] = [];
  const session = createScormSession({ version: '1.2', api }, (e) => errors.push(e));
  session.initialize();
  return { api, errors, reporter: createScormReporter(session) };
}

describe('SCORM reporter against scorm-again', () => {
  it('reports a course without a pass mark as completed, never passed or failed', () => {
    const { api, reporter, errors } = lms12();
    reporter.writeCourse(done(55, 'passed'), false);
    reporter.writeObjective(done(55, 'passed').vignettes[0]!, false);
    expect(api.LMSGetValue('cmi.core.lesson_status')).toBe('completed');
    expect(api.LMSGetValue('cmi.objectives.0.status')).toBe('completed');
    expect(api.LMSGetValue('cmi.core.score.raw')).toBe('55');
    expect(errors).toEqual([]);
  });

  it('reads the LMS mastery score and the learner language, and updates an objective in place', () => {
    const { api, reporter } = lms12({ student_data: { mastery_score: '85' }, student_preference: { language: 'en' } });
    expect(reporter.masteryScore()).toBe(85);
    expect(reporter.language()).toBe('en');
    reporter.writeObjective({ id: 'hotel-room-214', score: 60, passed: false }, true);
    reporter.writeObjective({ id: 'hotel-room-214', score: 90, passed: true }, true);
    expect(api.LMSGetValue('cmi.objectives._count')).toBe('1');
    expect(api.LMSGetValue('cmi.objectives.0.status')).toBe('passed');
  });

  it('in review mode records no results', () => {
    const { reporter } = lms12({ core: { lesson_mode: 'review' } });
    expect(reporter.recordsResults()).toBe(false);
  });

  it('turns a SCORM 2004 mastery score from scaled into points', () => {
    const api = new Scorm2004API({ logLevel: 5 });
    api.loadFromJSON({ scaled_passing_score: '0.75' }, '');
    const session = createScormSession({ version: '2004', api }, () => undefined);
    session.initialize();
    expect(createScormReporter(session).masteryScore()).toBe(75);
  });

  it('notices a value the LMS refuses, with its error code, without throwing', () => {
    const api = new Scorm12API({ logLevel: 5 });
    const errors: ScormError[] = [];
    const session = createScormSession({ version: '1.2', api }, (e) => errors.push(e));
    session.initialize();
    expect(session.set('cmi.core.student_id', 'someone else')).toBe(false);
    expect(errors).toEqual([{ element: 'cmi.core.student_id', code: '403', message: expect.any(String) }]);
  });

  it('writes session time in each standard’s own format', () => {
    expect(toCmiTimespan(3_723_450)).toBe('0001:02:03.45');
    expect(toIsoDuration(3_723_450)).toBe('PT1H2M3.45S');
    expect(toIsoDuration(0)).toBe('PT0S');
  });
});
