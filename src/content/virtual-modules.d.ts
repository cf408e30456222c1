// Shapes are asserted in catalogue.ts and reference.ts: the plugin emits only content that passed
// the content check at build time, so these modules carry already-validated data.
declare module 'virtual:signaal/catalogue' {
  export const catalogue: unknown;
  export const scenarioLoaders: Record<string, () => Promise<{ default: unknown }>>;
  export const codes: [number, string][];
  /** Archived structures of shipped versions, keyed `<id>@<version>`. */
  export const archiveLoaders: Record<string, () => Promise<{ default: unknown }>>;
}

declare module 'virtual:signaal/reference' {
  const reference: unknown;
  export default reference;
}

declare module 'virtual:signaal/pages' {
  const pages: unknown;
  export default pages;
}
