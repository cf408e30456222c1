import { afterEach, describe, expect, it, vi } from 'vitest';
import { findScormApi } from '../../../src/integrations/lms/scorm/find-scorm-api';

const startLearningSystems = vi.hoisted(() => vi.fn(async () => ({ stop: () => undefined })));
vi.mock('../../../src/integrations/lms/start', () => ({ startLearningSystems }));

const api12 = { LMSInitialize: () => 'true' };
const api2004 = { Initialize: () => 'true' };

/** A chain of windows as an LMS builds them: the SCO's frame inside player frames inside the LMS. */
function windows(depth: number, top: Record<string, unknown>, opener: unknown = null) {
  const root = { ...top, opener } as Record<string, unknown>;
  root.parent = root;
  let current = root;
  for (let i = 0; i < depth; i += 1) current = { parent: current, opener: null, location: { search: '' } };
  return current as unknown as Window;
}

describe('finding the LMS', () => {
  afterEach(() => vi.clearAllMocks());

  it('finds the SCORM 1.2 API on a parent several frames up', () => {
    expect(findScormApi(windows(3, { API: api12 }))).toEqual({ version: '1.2', api: api12 });
  });

  it('prefers the SCORM 2004 API when a window has both', () => {
    expect(findScormApi(windows(1, { API: api12, API_1484_11: api2004 }))?.version).toBe('2004');
  });

  it('looks in the window that opened this one when the LMS opened a new window', () => {
    expect(findScormApi(windows(0, {}, windows(2, { API_1484_11: api2004 })))?.api).toBe(api2004);
  });

  it('passes over a window of another origin instead of failing', () => {
    const foreign = new Proxy({}, { get: () => { throw new DOMException('Blocked a frame', 'SecurityError'); } });
    const sco = { parent: foreign, opener: null } as unknown as Window;
    expect(findScormApi(sco)).toBeUndefined();
  });

  it('finds nothing on an ordinary page, and then loads no LMS code at all', async () => {
    expect(findScormApi(window)).toBeUndefined();
    const { connectLearningSystems, hasLearningSystem } = await import('../../../src/integrations/lms/detect');
    await connectLearningSystems(window);
    expect(startLearningSystems).not.toHaveBeenCalled();
    expect(hasLearningSystem()).toBe(false);
  });

  it('loads the LMS code when the launch names an LRS endpoint', async () => {
    const launched = { ...window, parent: null, opener: null, location: { search: '?endpoint=https%3A%2F%2Flrs.test%2F&auth=Basic%20x' } } as unknown as Window;
    const { connectLearningSystems, hasLearningSystem } = await import('../../../src/integrations/lms/detect');
    await connectLearningSystems(launched);
    expect(startLearningSystems).toHaveBeenCalledWith({ scorm: undefined, search: '?endpoint=https%3A%2F%2Flrs.test%2F&auth=Basic%20x' });
    expect(hasLearningSystem()).toBe(true);
  });

  it('loads the LMS code for a cmi5 launch that lacks its endpoint, so the learner hears it cannot be tracked', async () => {
    const launched = { ...window, parent: null, opener: null, location: { search: '?fetch=https%3A%2F%2Flms.test%2Ffetch' } } as unknown as Window;
    const { connectLearningSystems } = await import('../../../src/integrations/lms/detect');
    await connectLearningSystems(launched);
    expect(startLearningSystems).toHaveBeenCalledWith({ scorm: undefined, search: '?fetch=https%3A%2F%2Flms.test%2Ffetch' });
  });
});
