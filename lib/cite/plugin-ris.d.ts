/** @citation-js/plugin-ris ships no types: the output format it registers. */
import '@citation-js/core';

declare module '@citation-js/core' {
  namespace plugins {
    namespace output {
      interface Formats {
        ris: (options?: { format?: 'text' }) => string;
      }
    }
  }
}
