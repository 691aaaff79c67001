// Python syntax highlighting for the script dialog, by highlight.js (core plus its Python grammar only), loaded on
// first use so that it sits in a chunk of its own and the page's main bundle does not grow. A maintained grammar
// rather than one of our own: Python's strings, f-strings, decorators and numbers are many small rules to get right.

/** Python source as HTML: the text escaped, tokens wrapped in <span class="hljs-…">. */
export type PythonToHtml = (code: string) => string;

let loading: Promise<PythonToHtml> | null = null;

/** The highlighter, loaded once; a failed load may be tried again. */
export function loadPythonHighlighter(): Promise<PythonToHtml> {
  loading ??= Promise.all([import('highlight.js/lib/core'), import('highlight.js/lib/languages/python')]).then(
    ([core, python]) => {
      const hljs = core.default.newInstance();
      hljs.registerLanguage('python', python.default);
      return (code: string) => hljs.highlight(code, { language: 'python', ignoreIllegals: true }).value;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}
