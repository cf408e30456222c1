import { useSyncExternalStore } from 'react';

/**
 * What the service worker means for the learner right now. `offlineReady`: every file of the app
 * and every vignette is cached. `update`: a new version is waiting, or is being switched to.
 */
export type ServiceWorkerStatus = {
  offlineReady: boolean;
  update: { status: 'none' } | UpdateState;
};

/** A new version that is waiting, or being switched to. */
export type UpdateState = { status: 'waiting'; apply: () => void } | { status: 'applying' };

const initial: ServiceWorkerStatus = { offlineReady: false, update: { status: 'none' } };

// A module-level store instead of zustand: the registration code is a lazy chunk, and this is the
// only part of it the first page has to carry.
let state = initial;
const listeners = new Set<() => void>();

/** Replaces part of the state and tells every subscriber. */
export function setServiceWorkerStatus(patch: Partial<ServiceWorkerStatus>) {
  state = { ...state, ...patch };
  listeners.forEach((listener) => listener());
}

/** The current state, outside React. */
export const getServiceWorkerStatus = () => state;

/** Back to the state of a page without a service worker; for tests. */
export function resetServiceWorkerStatus() {
  setServiceWorkerStatus(initial);
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

/** The service worker state; the prerendered HTML and the hydration render see the initial one. */
export function useServiceWorkerStatus() {
  return useSyncExternalStore(subscribe, getServiceWorkerStatus, () => initial);
}
