import 'i18next';
import type { resources, defaultNamespace, LazyNamespaces } from './resources';

// Dutch is the source language: keys are typed from the Dutch strings.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof defaultNamespace;
    resources: (typeof resources)['nl'] & LazyNamespaces;
  }
}
