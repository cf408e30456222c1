import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../../src/content';
import { useConnectionStore } from '../../../src/integrations/lms/connection-store';
import { startLearningSystems } from '../../../src/integrations/lms/start';
import { useSettingsStore } from '../../../src/stores/settings-store';
import { scenarioById } from '../../support/scenario-text';
import patterns from './data/moodle-scorm-patterns.json';
import { learnerPlays, resetProgress } from './support/learner';
import { scormLms, type Written } from './support/scorm-lms';

// Every value the SCO writes in a whole course (every vignette, recommended and weaker choices,
// moving between screens, a language switch, leaving) is replayed against the value formats
// Moodle's SCORM players check (test data in ./data, with its source). Moodle refuses a value
// that does not match; here the test does.

type Formats = { types: Record<string, string>; elements: Record<string, string[]>; choice?: { format: string; delimiter: string; max: number; unique: boolean } };

const modelOf = (element: string) => element.replace(/\.\d+\./g, '.n.');

function problemsOf(values: Written[], formats: Formats): string[] {
  const problems: string[] = [];
  for (const { element, value } of values) {
    const rule = formats.elements[modelOf(element)];
    if (!rule) {
      problems.push(`${element}: not an element Moodle lets a SCO write`);
      continue;
    }
    const [type, range] = rule as [string, string | undefined];
    if (type === 'choice' && formats.choice) {
      const { format, delimiter, max, unique } = formats.choice;
      const ids = value.split(delimiter);
      const pattern = new RegExp(formats.types[format]!);
      if (ids.length > max || (unique && new Set(ids).size !== ids.length) || ids.some((id) => !pattern.test(id))) problems.push(`${element}: "${value}" is not a choice response`);
      continue;
    }
    // Moodle's own test: the value matches, and the match is not empty unless the value is.
    const match = value.match(new RegExp(formats.types[type]!));
    if (!match || (match.join('').length === 0 && value.length > 0)) problems.push(`${element}: "${value}" is not ${type}`);
    if (range) {
      const [min, maxValue] = range.split('#').map(Number) as [number, number];
      if (Number(value) < min || Number(value) > maxValue) problems.push(`${element}: ${value} is outside ${range}`);
    }
  }
  return problems;
}

describe('every value the SCO writes passes Moodle’s SCORM value checks', { timeout: 60_000 }, () => {
  beforeEach(() => {
    resetProgress();
    window.history.replaceState(null, '', '/');
  });
  afterEach(() => useConnectionStore.setState({ lms: 'none', lrsHost: null, waiting: 0 }));

  for (const version of ['1.2', '2004'] as const) {
    it(`SCORM ${version}: a whole course, every vignette`, async () => {
      const lms = scormLms(version);
      const session = await startLearningSystems({ scorm: lms.found, search: '' });
      for (const [i, { id }] of catalogue.entries()) {
        window.location.hash = `#/play/${id}`;
        window.dispatchEvent(new HashChangeEvent('hashchange'));
        learnerPlays(scenarioById(id), { choose: i % 3 });
      }
      useSettingsStore.getState().setLocale('en');
      await session.settled();
      window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false }));
      session.stop();

      const written = new Set(lms.written.map((w) => w.element.replace(/\.\d+\./g, '.n.')));
      // The whole data model Signaal uses was exercised.
      for (const element of version === '1.2'
        ? ['cmi.core.score.raw', 'cmi.core.lesson_status', 'cmi.core.lesson_location', 'cmi.interactions.n.time', 'cmi.interactions.n.student_response', 'cmi.objectives.n.status', 'cmi.core.session_time']
        : ['cmi.score.scaled', 'cmi.success_status', 'cmi.location', 'cmi.interactions.n.timestamp', 'cmi.interactions.n.learner_response', 'cmi.interactions.n.correct_responses.n.pattern', 'cmi.objectives.n.success_status', 'cmi.session_time']) {
        expect(written, element).toContain(element);
      }
      const formats = (version === '1.2' ? patterns.scorm12 : patterns.scorm2004) as Formats;
      expect(problemsOf(lms.written, formats)).toEqual([]);
      expect(lms.written.length).toBeGreaterThan(100);
      console.info(`SCORM ${version}: ${lms.written.length} values written in a whole course, ${written.size} elements, all in Moodle's formats`);
    });
  }

  it('the checks themselves refuse what Moodle refuses', () => {
    const formats = patterns.scorm2004 as Formats;
    expect(problemsOf([{ element: 'cmi.interactions.0.timestamp', value: '2026-03-01T10:00:00.123Z' }], formats)).toHaveLength(1);
    expect(problemsOf([{ element: 'cmi.interactions.0.learner_response', value: 'call-the-police' }], formats)).toHaveLength(1);
    expect(problemsOf([{ element: 'cmi.score.scaled', value: '1.5' }], formats)).toHaveLength(1);
    expect(problemsOf([{ element: 'cmi.interactions.0.timestamp', value: '2026-03-01T10:00:00.12Z' }], formats)).toEqual([]);
    expect(problemsOf([{ element: 'cmi.core.lesson_status', value: 'unknown' }], patterns.scorm12 as Formats)).toHaveLength(1);
  });
});
