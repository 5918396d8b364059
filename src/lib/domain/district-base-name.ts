/**
 * A district's name without a trailing 「地区」, for messages that add the word themselves
 * (「{name}地区」, "{name} district"). Cities name their districts both ways (「中央」 and
 * 「中央地区」); the name is data, so the message must not double the word (「中央地区地区」).
 * A name that is only 「地区」 is kept as it is (nothing would be left).
 */
export function districtBaseName(name: string): string {
  const trimmed = name.trim();
  return trimmed.length > 2 && trimmed.endsWith('地区') ? trimmed.slice(0, -2) : trimmed;
}
