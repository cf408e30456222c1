import { postStatements, putState, putStatement, statementStored, type Delivery, type Lrs, type StateTarget } from './lrs-client';
import { StoredOutboxSchema } from './outbox.schema';
import type { Statement } from './xapi.types';

export const OUTBOX_STORAGE_KEY = 'signaal.lrs-outbox';
const MAX_DELAY_MS = 60_000;
const FIRST_DELAY_MS = 1_000;
/**
 * Bytes of request bodies the page may send as it goes away. Browsers give a page 64 KiB for all
 * its `keepalive` requests together and refuse any request past that; this leaves room to spare.
 */
export const EXIT_BUDGET_BYTES = 60_000;

/** One write to the LRS. */
export type Write = { kind: 'statement'; statement: Statement } | { kind: 'state'; target: StateTarget; document: unknown };

export type Job = Write & { endpoint: string; session: string; exitSent?: boolean };

type Options = {
  lrs: Lrs;
  /** The launch this outbox sends for; jobs of other launches were written with other credentials. */
  session?: string;
  storage?: () => Storage | undefined;
  onWaiting?: (count: number) => void;
  /** The LRS refused this launch's credentials (401, 403): what waits is kept for the next launch. */
  onRefused?: () => void;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  send?: { statement: typeof putStatement; state: typeof putState; batch: typeof postStatements; stored: typeof statementStored };
};

const defaultStorage = () => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

const bytes = (text: string) => new TextEncoder().encode(text).length;

// A statement is one job; a state document is one job per document, the latest replacing any
// still waiting, since only the latest progress matters.
const keyOf = (job: Job) =>
  job.kind === 'statement' ? `${job.endpoint} ${job.statement.id}` : `${job.endpoint} ${JSON.stringify(job.target)}`;

/**
 * A persisted, ordered queue of LRS writes. Everything is sent in the background, one request at
 * a time and in order (cmi5 wants `initialized` first and `terminated` last); a network failure or
 * a busy LRS leaves the job at the head and tries again later with exponential backoff and
 * jitter, or at once when the browser comes back online. Jobs survive a reload and are sent the
 * next time Signaal is launched against the same LRS. A job of an earlier launch that the LRS
 * refuses (its credentials or its cmi5 session are over) is set aside instead of blocking the
 * queue. As the page goes away, what waits goes out in one `keepalive` batch within the browser's
 * budget; the next launch asks the LRS whether it arrived before sending it again.
 */
export function createOutbox({
  lrs,
  session = crypto.randomUUID(),
  storage = defaultStorage,
  onWaiting,
  onRefused,
  random = Math.random,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  send = { statement: putStatement, state: putState, batch: postStatements, stored: statementStored },
}: Options) {
  let failures = 0;
  let timer: unknown;
  let running: Promise<void> | undefined;
  let stopped = false;

  const read = (): Job[] => {
    try {
      const raw = storage()?.getItem(OUTBOX_STORAGE_KEY);
      const parsed = StoredOutboxSchema.safeParse(raw ? JSON.parse(raw) : { version: 2, jobs: [] });
      return parsed.success ? (parsed.data.jobs as Job[]) : [];
    } catch {
      return [];
    }
  };
  // Kept in memory too, for a browser that refuses storage; storage wins when it works, so two
  // tabs (or an earlier launch's outbox) never overwrite each other's jobs.
  let memory = read();
  let stored = true;
  const current = () => (stored && storage() ? read() : memory);
  const mine = () => current().filter((j) => j.endpoint === lrs.endpoint);
  const write = (jobs: Job[]) => {
    memory = jobs;
    try {
      storage()?.setItem(OUTBOX_STORAGE_KEY, JSON.stringify({ version: 2, jobs }));
    } catch {
      // Storage full or refused: the jobs stay in memory for this visit.
      stored = false;
    }
    onWaiting?.(mine().length);
  };
  const remove = (job: Job) => write(current().filter((j) => keyOf(j) !== keyOf(job)));

  async function deliver(job: Job): Promise<Delivery> {
    if (job.kind === 'state') return send.state(lrs, job.target, job.document);
    // Sent as the page went away: only when the LRS does not have it yet is it sent again.
    if (job.exitSent && (await send.stored(lrs, job.statement.id))) return 'delivered';
    return send.statement(lrs, job.statement);
  }

  const schedule = () => {
    if (stopped || timer !== undefined) return;
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, failures - 1));
    timer = setTimer(() => {
      timer = undefined;
      void flush();
    }, delay * (0.5 + random() / 2));
  };

  async function drain() {
    for (let job = mine()[0]; job && !stopped; job = mine()[0]) {
      const delivery = await deliver(job);
      if (delivery === 'retry') {
        failures += 1;
        schedule();
        return;
      }
      if (delivery === 'unauthorized' && job.session === session) {
        // This launch's credentials are refused; they will not improve before the next launch.
        failures += 1;
        onRefused?.();
        return;
      }
      if (delivery === 'unauthorized') console.warn('The LRS no longer accepts a statement of an earlier launch; it is set aside.', keyOf(job));
      if (delivery === 'rejected') console.warn('The LRS rejected a statement as invalid; it is set aside.', keyOf(job));
      failures = 0;
      remove(job);
    }
  }

  function flush(): Promise<void> {
    if (!running) running = drain().finally(() => (running = undefined));
    return running;
  }

  return {
    /** Queues a write and starts sending in the background (not when the page is going away). */
    add(next: Write, sendNow = true) {
      const full: Job = { ...next, endpoint: lrs.endpoint, session };
      write([...current().filter((j) => keyOf(j) !== keyOf(full)), full]);
      if (sendNow) void flush();
    },
    flush,
    /** Jobs of this LRS not yet delivered. */
    waiting: () => mine().length,
    /** The newest state document still waiting for a target: newer than what the LRS holds. */
    pendingState(target: StateTarget): unknown {
      const key = JSON.stringify(target);
      const states = mine().filter((j): j is Extract<Job, { kind: 'state' }> => j.kind === 'state');
      return states.findLast((j) => JSON.stringify(j.target) === key)?.document;
    },
    /**
     * Sends what waits with `keepalive`, so it may still arrive while the page goes away: the
     * statements in order as one batch, and the state documents, together within the browser's
     * budget (what does not fit waits for the next launch). The jobs are marked as sent, not
     * removed: nobody will see the replies. With `final`, nothing more is sent in this page.
     * Returns the bytes sent.
     */
    sendOnExit(final = false): number {
      if (final) {
        stopped = true;
        if (timer !== undefined) clearTimer(timer);
      }
      const jobs = mine();
      const statements: Statement[] = [];
      const states: Extract<Job, { kind: 'state' }>[] = [];
      let budget = EXIT_BUDGET_BYTES;
      // The latest progress first: it is what the next launch resumes from.
      for (const job of jobs) {
        if (job.kind !== 'state') continue;
        const size = bytes(JSON.stringify(job.document));
        if (size > budget) continue;
        budget -= size;
        states.push(job);
      }
      // A JSON array: brackets, the statements, a comma between each two.
      let batchBytes = 2;
      for (const job of jobs) {
        if (job.kind !== 'statement') continue;
        const size = bytes(JSON.stringify(job.statement)) + (statements.length > 0 ? 1 : 0);
        if (batchBytes + size > budget) break;
        statements.push(job.statement);
        batchBytes += size;
      }
      const batch = JSON.stringify(statements);
      const sent = new Set<Job>([...states, ...jobs.filter((j) => j.kind === 'statement' && statements.includes(j.statement))]);
      if (sent.size === 0) return 0;
      write(current().map((j) => ([...sent].some((s) => keyOf(s) === keyOf(j)) ? { ...j, exitSent: true } : j)));
      if (statements.length > 0) void send.batch(lrs, batch, true);
      for (const job of states) void send.state(lrs, job.target, job.document, true);
      return EXIT_BUDGET_BYTES - budget + (statements.length > 0 ? bytes(batch) : 0);
    },
    /** Tries again straight away, e.g. when the browser is back online. */
    retryNow() {
      if (stopped) return;
      if (timer !== undefined) clearTimer(timer);
      timer = undefined;
      failures = 0;
      void flush();
    },
    stop() {
      stopped = true;
      if (timer !== undefined) clearTimer(timer);
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
