const entities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML, in an element or a quoted attribute: nothing in it is markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/** Escaped text whose line breaks show as line breaks. */
export function escapeHtmlLines(text: string): string {
  return escapeHtml(text).replace(/\r?\n/g, '<br>\n');
}
