/**
 * @citation-js/core 0.8 ships no types (0.9 does, but asks for Node 22): the part of its API
 * this project calls. The plugins are imported for their side effects only.
 */
declare module '@citation-js/core' {
  interface BibliographyOptions {
    format: 'text' | 'html';
    template: string;
    lang: string;
  }

  export class Cite {
    constructor(data: unknown);
    /** The parsed entries as CSL-JSON. */
    data: unknown[];
    format(format: 'bibliography', options: BibliographyOptions): string;
    format(format: 'bibtex' | 'ris'): string;
  }

  export const plugins: {
    config: {
      get(plugin: '@bibtex'): { format: { asciiOnly: boolean } };
    };
  };
}
