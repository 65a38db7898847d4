/** pdfjs-dist ships types for its legacy build's pdf.mjs only; the minified file is the same module. */
declare module 'pdfjs-dist/legacy/build/pdf.min.mjs' {
  export * from 'pdfjs-dist';
}
