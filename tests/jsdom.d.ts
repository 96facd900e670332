/** The part of jsdom the DOCX reader uses (jsdom ships no types; vitest's jsdom environment needs none). */
declare module 'jsdom' {
  export class JSDOM {
    constructor(markup: string, options?: { contentType?: string });
    readonly window: { document: Document };
  }
}
