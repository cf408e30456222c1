/** Where the learner's progress is kept in localStorage (also read by the build's route preload script). */
export const PROGRESS_STORAGE_KEY = 'signaal.progress';
