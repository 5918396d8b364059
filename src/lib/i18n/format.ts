/**
 * Fills `{name}` placeholders in a message. Unknown placeholders are left as they are so a
 * missing parameter is visible rather than silently empty.
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    const value = params[key];
    return value === undefined ? whole : String(value);
  });
}

/** The placeholder names a message uses, sorted (for the key-parity test). */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
