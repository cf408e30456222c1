import type { Rolldown } from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/** The bundle's chunks (not its assets). */
export const chunksOf = (bundle: OutputBundle) => Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');

/** The chunk of the page's own entry (its index.html), if this bundle has one. */
export const pageEntry = (bundle: OutputBundle, page: string) => chunksOf(bundle).find((chunk) => chunk.isEntry && chunk.facadeModuleId === page);

/** A function that adds a chunk and every chunk it imports statically, transitively, to a set of file names. */
export function staticImports(bundle: OutputBundle) {
  const byFile = new Map(chunksOf(bundle).map((chunk) => [chunk.fileName, chunk]));
  const withImports = (fileName: string, into = new Set<string>()) => {
    if (into.has(fileName)) return into;
    into.add(fileName);
    for (const imported of byFile.get(fileName)?.imports ?? []) withImports(imported, into);
    return into;
  };
  return withImports;
}
