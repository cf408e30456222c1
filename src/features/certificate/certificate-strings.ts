import en from '../../../content/locales/en/certificate.json';
import nl from '../../../content/locales/nl/certificate.json';

/** The certificate namespace, shipped with the certificate chunks rather than the first page. */
export const certificateStrings = { nl, en };
