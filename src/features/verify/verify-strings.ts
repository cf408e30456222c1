import en from '../../../content/locales/en/verify.json';
import nl from '../../../content/locales/nl/verify.json';

/** The verify namespace, shipped with the verify chunk rather than the first page. */
export const verifyStrings = { nl, en };
