import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { assignmentDigest } from '../../../src/records';
import { assignmentAttemptStatement, assignmentIri } from '../../../src/integrations/lms/xapi/assignment-statements';
import { checkLrsStatements } from '../../../src/features/trainer/check-lrs';
import { basicAuth, loadCohortStatements, probeLrs } from '../../../src/features/trainer/lrs-client';
import { summarizeCohort } from '../../../src/features/trainer/cohort';
import type { MadeAssignment } from '../../../src/stores/trainer-store';
import { makeAssignment, signAssignment } from '../../support/assignments';
import { playAttempt } from '../../support/attempts';
import { server } from '../../support/msw-server';
import { scenarioById } from '../../support/scenario-text';

const ENDPOINT = 'https://lrs.zorggroep.example/xapi/';
const WRITE = basicAuth('schrijver', 'geheim');
const READ = basicAuth('trainer', 'lezen');
const hotel = scenarioById('hotel-room-214');
const scenarios = new Map([[hotel.id, hotel]]);
const signals = (i: number) => hotel.scenes.flatMap((s) => s.fragments)[i]?.kind === 'signal';
const optionOf = (quality: string) => (nth: number) => {
  const scene = hotel.scenes.filter((s) => s.type === 'decide')[nth];
  return scene?.type === 'decide' ? scene.options.findIndex((o) => o.quality === quality) : 0;
};
const good = playAttempt(hotel, signals, optionOf('recommended'));
const poor = playAttempt(hotel, (i) => !signals(i), optionOf('harmful'));

async function made(): Promise<MadeAssignment> {
  const signed = await signAssignment(makeAssignment({ lrs: { endpoint: ENDPOINT, auth: WRITE } }));
  return { code: signed.code, signed, createdAt: '2026-01-01T00:00:00.000Z' };
}

/** A small xAPI 1.0.3 LRS: about, statements filtered by grouping activity and verb, paged with `more`. */
function lrs(statements: unknown[], pageSize = 2) {
  const seen: { version: string | null; auth: string | null; query: string }[] = [];
  server.use(
    http.get(`${ENDPOINT}about`, () => HttpResponse.json({ version: ['1.0.3'] })),
    http.get(`${ENDPOINT}statements`, ({ request }) => {
      const url = new URL(request.url);
      seen.push({ version: request.headers.get('X-Experience-API-Version'), auth: request.headers.get('Authorization'), query: url.search });
      if (request.headers.get('X-Experience-API-Version') !== '1.0.3') return new HttpResponse(null, { status: 400 });
      if (request.headers.get('Authorization') !== READ) return new HttpResponse(null, { status: request.headers.get('Authorization') === WRITE ? 403 : 401 });
      const activity = url.searchParams.get('activity');
      const matching = statements.filter((s) => JSON.stringify(s).includes(`"${activity}"`));
      const from = Number(url.searchParams.get('from') ?? 0);
      const page = matching.slice(from, from + pageSize);
      const more = from + pageSize < matching.length ? `/xapi/statements?from=${from + pageSize}&activity=${encodeURIComponent(activity ?? '')}` : '';
      return HttpResponse.json({ statements: page, more });
    }),
  );
  return seen;
}

async function statementsOf(mine: MadeAssignment, learner: string, pseudonym: string, attempts: typeof good[], at: number, digest?: string) {
  const d = digest ?? (await assignmentDigest(mine.signed));
  return attempts.map((attempt, i) =>
    assignmentAttemptStatement({
      id: crypto.randomUUID(),
      learner: { name: learner, account: { homePage: 'https://signaal.example.org/', name: pseudonym } },
      assignmentId: mine.signed.assignment.id,
      digest: d,
      attempt,
      timestamp: new Date(at + i).toISOString(),
    }),
  );
}

describe('results through the organisation’s learning record store', { timeout: 60_000 }, () => {
  it('never lets a credential that can read go into a link', async () => {
    lrs([]);
    server.use(http.get('https://elders.example/*', () => HttpResponse.error()));
    expect(await probeLrs(ENDPOINT, WRITE)).toBe('write-only');
    expect(await probeLrs(ENDPOINT, READ)).toBe('can-read');
    expect(await probeLrs(ENDPOINT, basicAuth('x', 'y'))).toBe('refused');
    expect(await probeLrs('https://elders.example/xapi/', WRITE)).toBe('unreachable');
  });

  it('loads a cohort over several pages with `more`, sending the version header and the reading key', async () => {
    const mine = await made();
    const other = await made();
    const all = [
      ...(await statementsOf(mine, 'Ada', 'p-ada', [poor, good], Date.UTC(2026, 2, 1))),
      ...(await statementsOf(mine, 'Bob', 'p-bob', [good, poor], Date.UTC(2026, 2, 2))),
      ...(await statementsOf(other, 'Cem', 'p-cem', [good], Date.UTC(2026, 2, 3))),
      ...(await statementsOf(mine, 'Dirk', 'p-dirk', [good], Date.UTC(2026, 2, 4), 'AAAAAAAA')),
    ];
    const seen = lrs(all);
    const loaded = await loadCohortStatements(ENDPOINT, READ, mine.signed.assignment.id);
    if (!loaded.ok) throw new Error(loaded.error);
    expect(loaded).toMatchObject({ pages: 3 });
    expect(loaded.statements).toHaveLength(5);
    expect(seen.every((s) => s.version === '1.0.3' && s.auth === READ)).toBe(true);
    expect(seen[0]?.query).toContain(`activity=${encodeURIComponent(assignmentIri(mine.signed.assignment.id))}`);
    expect(seen[0]?.query).toContain('related_activities=true');

    // Replayed and rescored exactly as files: the latest attempt counts; an altered assignment is set aside.
    const results = await checkLrsStatements(loaded.statements, mine, scenarios, 'lrs.zorggroep.example');
    expect(results.map((r) => [r.learner, r.flag, r.attempts.length])).toEqual([
      ['Ada', null, 2],
      ['Bob', null, 2],
      ['Dirk', 'altered-assignment', 1],
    ]);
    const cohort = summarizeCohort(mine.signed.assignment, results, scenarios);
    expect(cohort.learners.map((l) => [l.learner, l.score.passed])).toEqual([
      ['Ada', true],
      ['Bob', false],
    ]);
  });

  it('says so when the reading key is refused, and sets aside statements that are not attempts', async () => {
    const mine = await made();
    lrs([]);
    expect(await loadCohortStatements(ENDPOINT, WRITE, mine.signed.assignment.id)).toEqual({ ok: false, error: 'unauthorized' });
    const broken = { ...(await statementsOf(mine, 'Eva', 'p-eva', [good], Date.UTC(2026, 2, 5)))[0], result: { completion: true } };
    const results = await checkLrsStatements([broken], mine, scenarios, 'lrs.zorggroep.example');
    expect(results).toEqual([expect.objectContaining({ flag: 'unreadable', detail: 'lrs-statement' })]);
  });
});
