/**
 * JSON that is safe inside an HTML `<script>` element: `<`, `>` and `&` become `\u003c`,
 * `\u003e`, `\u0026`, so no `</script>` or `<!--` can end or change the element, and U+2028/2029
 * are escaped for old JavaScript parsers; JSON.parse reads the same value back. NaN is null.
 * @see https://html.spec.whatwg.org/multipage/scripting.html#restrictions-for-contents-of-script-elements
 */
const UNSAFE = /[<>&\u2028\u2029]/g;

export function scriptJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (Number.isNaN(v) ? null : v)).replace(
    UNSAFE,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** Text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );
}
