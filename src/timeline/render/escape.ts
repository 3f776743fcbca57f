/** Escapes text for SVG/HTML text content and attribute values. */
export function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[c]};`);
}

/** A number as an attribute value: rounded to tenths of a pixel, so that output is stable. */
export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}
