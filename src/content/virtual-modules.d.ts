// Shapes are asserted in catalogue.ts and reference.ts: the plugin emits only content that passed
// the content check at build time, so these modules carry already-validated data.
declare module 'virtual:signaal/catalogue' {
  export const catalogue: unknown;
  export const scenarioLoaders: Record<string, () => Promise<{ default: unknown }>>;
  /** Each vignette's summary and content warning in every language, by id (a small chunk each). */
  export const briefingLoaders: Record<string, () => Promise<{ default: unknown }>>;
  /** Numbers issued to vignettes that are no longer in content/. */
  export const retiredCodes: [number, string][];
  /** Archived structures of shipped versions, keyed `<id>@<version>` (a lazy chunk). */
  export const loadArchive: () => Promise<{ default: unknown }>;
}

declare module 'virtual:signaal/reference' {
  const reference: unknown;
  export default reference;
}

declare module 'virtual:signaal/signal-categories' {
  const signalCategories: unknown;
  export default signalCategories;
}

declare module 'virtual:signaal/summaries' {
  const summaries: unknown;
  export default summaries;
}

declare module 'virtual:signaal/pages' {
  const pages: unknown;
  export default pages;
}
