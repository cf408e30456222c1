import { lazy, type ComponentType } from 'react';
import type * as Status from './learning-system-status';

// The status lines come with the LMS chunk; when that cannot load, there is nothing to show.
const none: ComponentType = () => null;
const load = (pick: (m: typeof Status) => ComponentType) =>
  lazy(() => import('./learning-system-status').then((m) => ({ default: pick(m) }), () => ({ default: none })));

/** Alerts about the LMS connection, loaded only in a launch from an LMS or LRS. */
export const LearningSystemNotice = load((m) => m.LearningSystemNotice);
/** Where results go, loaded only in a launch from an LMS or LRS. */
export const LearningSystemFooter = load((m) => m.LearningSystemFooter);
