import { describe, expect, it } from 'vitest';
import { assignmentPayload, decodeAssignmentCode, parseAssignmentPayload } from '../../src/records';
import { makeAssignment, signAssignment } from '../support/assignments';
import { scenarioCodes } from '../support/scenario-text';

const lrs = { endpoint: 'https://lrs.zorggroep.example/xapi/', auth: 'Basic d3JpdGVyOmdlaGVpbQ==' };

describe('an assignment that names a learning record store (format version 2)', () => {
  it('leaves an assignment without one exactly as version 1 wrote it', () => {
    const plain = makeAssignment({ id: 'AbCdEfGh' });
    expect(assignmentPayload(plain, scenarioCodes)).toBe('{"v":1,"i":"AbCdEfGh","t":"Signalen herkennen","s":[0],"p":70,"f":"e","l":"nl"}');
  });

  it('carries the endpoint and write credential through a signed link', async () => {
    const assignment = makeAssignment({ lrs });
    const payload = assignmentPayload(assignment, scenarioCodes);
    expect(payload).toMatch(/^\{"v":2,.*"x":\{"e":"https:\/\/lrs\.zorggroep\.example\/xapi\/","a":"Basic d3JpdGVyOmdlaGVpbQ=="\}\}$/);
    const decoded = await decodeAssignmentCode((await signAssignment(assignment)).code, scenarioCodes);
    expect(decoded.ok && decoded.value.assignment).toEqual(assignment);
  });

  it('refuses an endpoint over plain http other than this computer, and versions it does not know', () => {
    const wire = (e: string) => JSON.stringify({ v: 2, i: 'AbCdEfGh', t: 'x', s: [0], p: 70, f: 'e', l: 'nl', x: { e, a: 'Basic eA==' } });
    expect(parseAssignmentPayload(wire('http://lrs.example.org/xapi'), scenarioCodes).ok).toBe(false);
    expect(parseAssignmentPayload(wire('http://127.0.0.1:4221/xapi/'), scenarioCodes).ok).toBe(true);
    expect(parseAssignmentPayload(wire('javascript:alert(1)'), scenarioCodes).ok).toBe(false);
    expect(parseAssignmentPayload('{"v":3,"i":"AbCdEfGh"}', scenarioCodes)).toEqual({ ok: false, error: 'unknown-version' });
    expect(parseAssignmentPayload(JSON.stringify({ v: 1, i: 'AbCdEfGh', t: 'x', s: [0], p: 70, f: 'e', l: 'nl', x: { e: 'https://a.b/', a: 'x' } }), scenarioCodes).ok).toBe(false);
  });
});
