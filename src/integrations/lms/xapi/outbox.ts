import { putState, putStatement, type Delivery, type Lrs, type StateTarget } from './lrs-client';
import { StoredOutboxSchema } from './outbox.schema';
import type { Statement } from './xapi.types';

export const OUTBOX_STORAGE_KEY = 'signaal.lrs-outbox';
const MAX_DELAY_MS = 60_000;
const FIRST_DELAY_MS = 1_000;

/** One write to the LRS. */
export type Write = { kind: 'statement'; statement: Statement } | { kind: 'state'; target: StateTarget; document: unknown };

export type Job = Write & { endpoint: string };

type Options = {
  lrs: Lrs;
  storage?: () => Storage | undefined;
  onWaiting?: (count: number) => void;
  random?: () => number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
};

const defaultStorage = () => {
  try {
    return globalThis.localStorage;
  } catch {
    return undefined;
  }
};

// A statement is one job; a state document is one job per document, the latest replacing any
// still waiting, since only the latest progress matters.
const keyOf = (job: Job) =>
  job.kind === 'statement' ? `${job.endpoint} ${job.statement.id}` : `${job.endpoint} ${JSON.stringify(job.target)}`;

/**
 * A persisted, ordered queue of LRS writes. Everything is sent in the background, one request at
 * a time and in order (cmi5 wants `initialized` first and `terminated` last); a network failure or
 * a busy LRS leaves the job at the head and tries again later with exponential backoff and
 * jitter, or at once when the browser comes back online. Jobs survive a reload, and are sent to
 * the same LRS the next time Signaal is launched against it. The learner never waits for any of it.
 */
export function createOutbox({
  lrs,
  storage = defaultStorage,
  onWaiting,
  random = Math.random,
  setTimer = (run, ms) => setTimeout(run, ms),
  clearTimer = (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
}: Options) {
  let failures = 0;
  let timer: unknown;
  let running: Promise<void> | undefined;
  let stopped = false;

  const read = (): Job[] => {
    try {
      const raw = storage()?.getItem(OUTBOX_STORAGE_KEY);
      const parsed = StoredOutboxSchema.safeParse(raw ? JSON.parse(raw) : { version: 1, jobs: [] });
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
      storage()?.setItem(OUTBOX_STORAGE_KEY, JSON.stringify({ version: 1, jobs }));
    } catch {
      // Storage full or refused: the jobs stay in memory for this visit.
      stored = false;
    }
    onWaiting?.(mine().length);
  };

  const deliver = (job: Job, keepalive = false): Promise<Delivery> =>
    job.kind === 'statement' ? putStatement(lrs, job.statement, keepalive) : putState(lrs, job.target, job.document, keepalive);

  const schedule = () => {
    if (stopped || timer !== undefined) return;
    const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, failures - 1));
    timer = setTimer(() => {
      timer = undefined;
      void flush();
    }, delay * (0.5 + random() / 2));
  };

  async function drain() {
    for (let job = mine()[0]; job; job = mine()[0]) {
      const delivery = await deliver(job);
      if (delivery === 'retry' || delivery === 'unauthorized') {
        failures += 1;
        // Refused credentials will not improve in this session; the next launch brings new ones.
        if (delivery === 'retry') schedule();
        return;
      }
      failures = 0;
      write(current().filter((j) => keyOf(j) !== keyOf(job)));
    }
  }

  function flush(): Promise<void> {
    if (!running) running = drain().finally(() => (running = undefined));
    return running;
  }

  return {
    /** Queues a write and starts sending in the background. */
    add(next: Write) {
      const full: Job = { ...next, endpoint: lrs.endpoint };
      write([...current().filter((j) => keyOf(j) !== keyOf(full)), full]);
      void flush();
    },
    flush,
    /** Jobs of this LRS not yet delivered. */
    waiting: () => mine().length,
    /** Sends what is left with `keepalive`, so it may still arrive while the page goes away. */
    sendOnExit() {
      for (const job of mine()) void deliver(job, true);
    },
    /** Tries again straight away, e.g. when the browser is back online. */
    retryNow() {
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
