/** Readability's reader check as its own module (the package's index.d.ts types only the main entry). */
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const check: typeof isProbablyReaderable;
  export default check;
}
