// The parts of citation-js the dossier uses (the packages ship no type declarations).
declare module '@citation-js/core' {
  /** A set of references, parsed from CSL-JSON. */
  export class Cite {
    constructor(data: unknown);
    format(format: string, options?: Record<string, unknown>): string;
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void } } };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
