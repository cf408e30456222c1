import * as scorm12 from 'scorm-again/scorm12';
import * as scorm2004 from 'scorm-again/scorm2004';
import type { FoundScormApi, Scorm12Api, Scorm2004Api } from '../../../../src/integrations/lms/scorm/scorm-api.types';

// scorm-again's LMS-side API objects, as an LMS creates them (its ESM build exports them by name).
export type LmsApi<A> = A & {
  loadFromJSON: (json: object, prefix: string) => void;
  renderCommitCMI: (terminateCommit: boolean) => object;
  cmi: Record<string, unknown>;
};
const { Scorm12API } = scorm12 as unknown as { Scorm12API: new (settings: object) => LmsApi<Scorm12Api> };
const { Scorm2004API } = scorm2004 as unknown as { Scorm2004API: new (settings: object) => LmsApi<Scorm2004Api> };

export type Written = { element: string; value: string };

/**
 * An LMS played by scorm-again, with the data model it starts from. Records every value the SCO
 * writes and every value it reads, with the error code the LMS gave for each.
 */
export function scormLms(version: '1.2' | '2004', initial: object = {}, settings: object = {}) {
  const written: Written[] = [];
  const reads: { element: string; error: string }[] = [];
  const refused: Written[] = [];
  let refuseWrites = 0;
  const api = version === '1.2' ? new Scorm12API({ logLevel: 5, ...settings }) : new Scorm2004API({ logLevel: 5, ...settings });
  api.loadFromJSON(initial, '');
  // The same three methods under the names of each version.
  const [set, get, lastError] = version === '1.2' ? ['LMSSetValue', 'LMSGetValue', 'LMSGetLastError'] : ['SetValue', 'GetValue', 'GetLastError'];
  const methods = api as unknown as Record<string, (...args: string[]) => string>;
  const setValue = methods[set]!.bind(api);
  const getValue = methods[get]!.bind(api);
  const errorOf = methods[lastError]!.bind(api);
  methods[set] = (element: string, value: string) => {
    if (refuseWrites > 0) return (refuseWrites -= 1), refused.push({ element, value }), 'false';
    written.push({ element, value });
    return setValue(element, value);
  };
  methods[get] = (element: string) => {
    const value = getValue(element);
    reads.push({ element, error: String(errorOf()) });
    return value;
  };
  const found = (version === '1.2' ? { version, api } : { version, api }) as FoundScormApi;
  return {
    api,
    found,
    written,
    reads,
    refused,
    /** The LMS refuses the next `count` SetValue calls, as an LMS whose server is away does. */
    refuse: (count: number) => void (refuseWrites = count),
    /** The data model as the LMS would store it now (also after Terminate). */
    stored: () => api.renderCommitCMI(true) as { cmi: Record<string, unknown> },
    /** The last value the SCO wrote to an element. */
    last: (element: string) => written.findLast((w) => w.element === element)?.value,
  };
}
