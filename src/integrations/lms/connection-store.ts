import { create } from 'zustand';
import type { Untrackable } from './xapi/launch-params';

export type LmsState = 'none' | 'connected' | 'unreachable' | 'refusing';

/** Why this launch reports nothing: its parameters, plain http, or the learner said no to the host. */
export type Untracked = Untrackable | 'declined';

export type ConnectionState = {
  /** The LMS this launch reports to (SCORM or cmi5), and how that goes. */
  lms: LmsState;
  /** The host of the learning record store statements go to, when there is one. */
  lrsHost: string | null;
  /** Statements written while the LRS could not be reached, waiting to be sent. */
  waiting: number;
  /** The LRS refuses this launch's credentials; what waits is kept for the next launch. */
  lrsRefusing: boolean;
  /** The launch names an LRS but nothing can be reported, and why. */
  untracked: Untracked | null;
  /** A host the learner is asked to confirm before anything is sent to it, with the answer. */
  confirm: { host: string; answer: (yes: boolean) => void } | null;
  /** The course can be left with an exit control (cmi5): finishes the session, then returns. */
  exit: { leave: () => Promise<void> } | null;
  /** The session was finished by the exit control; there is nowhere to return to. */
  left: boolean;
};

export const initialConnection: ConnectionState = {
  lms: 'none',
  lrsHost: null,
  waiting: 0,
  lrsRefusing: false,
  untracked: null,
  confirm: null,
  exit: null,
  left: false,
};

/** What the learner is told about where their results go; set by the LMS and LRS adapters. */
export const useConnectionStore = create<ConnectionState>()(() => initialConnection);
