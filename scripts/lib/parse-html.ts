/** The CLI, evaluation and benchmarks parse pages as the extension's background does (utils/extract/parse-html.ts). */
export { parseHtmlDocument } from '../../utils/extract/parse-html';
