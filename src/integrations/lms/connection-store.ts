import { create } from 'zustand';

export type LmsState = 'none' | 'connected' | 'unreachable' | 'refusing';

export type ConnectionState = {
  /** The LMS this launch reports to (SCORM or cmi5), and how that goes. */
  lms: LmsState;
  /** The host of the learning record store statements go to, when there is one. */
  lrsHost: string | null;
  /** Statements written while the LRS could not be reached, waiting to be sent. */
  waiting: number;
};

/** What the learner is told about where their results go; set by the LMS and LRS adapters. */
export const useConnectionStore = create<ConnectionState>()(() => ({ lms: 'none', lrsHost: null, waiting: 0 }));
