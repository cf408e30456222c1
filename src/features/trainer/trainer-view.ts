/** The trainer's screens: their assignments, a new one, sharing one, and its results. */
export type TrainerView = { kind: 'home' } | { kind: 'new' } | { kind: 'share'; id: string } | { kind: 'results'; id: string };
