import type { Verb } from './xapi.types';

const adl = (name: string): Verb => ({ id: `http://adlnet.gov/expapi/verbs/${name}`, display: { 'en-US': name } });

/** The ADL verbs Signaal reports with. */
export const VERBS = {
  initialized: adl('initialized'),
  experienced: adl('experienced'),
  answered: adl('answered'),
  completed: adl('completed'),
  passed: adl('passed'),
  failed: adl('failed'),
  terminated: adl('terminated'),
} as const;

const activityType = (name: string) => `http://adlnet.gov/expapi/activities/${name}`;

/** ADL activity types: the course, a vignette (a simulation), and a scene the learner answers. */
export const ACTIVITY_TYPES = {
  course: activityType('course'),
  vignette: activityType('simulation'),
  scene: activityType('cmi.interaction'),
} as const;
