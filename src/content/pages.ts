import validated from 'virtual:signaal/pages';
import type { InfoPage, PageId } from './content.types';

// Imported only by the lazy information screens.
const pages = validated as InfoPage[];

/** An information page by id, validated at build time. */
export const findPage = (id: PageId) => pages.find((p) => p.id === id);
