// Types the keys of `t()` from the English catalog: a key that is not in it does not compile.
import 'i18next';
import type { DEFAULT_NAMESPACE, Namespaces } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: typeof DEFAULT_NAMESPACE;
    resources: Namespaces;
  }
}
