import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../engine';
import type { LazyNamespaces } from './resources';

/**
 * Registers a namespace that ships inside a lazy chunk instead of the first page. Call it at the
 * top of that chunk's screen, before any t() of the namespace; it is a no-op once registered.
 */
export function useLazyNamespace<N extends keyof LazyNamespaces>(namespace: N, bundles: Record<Locale, LazyNamespaces[N]>) {
  const { i18n } = useTranslation();
  for (const locale of LOCALES) {
    if (!i18n.hasResourceBundle(locale, namespace)) i18n.addResourceBundle(locale, namespace, bundles[locale]);
  }
}
