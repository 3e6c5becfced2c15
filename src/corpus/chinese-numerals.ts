const digits: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Parses the Chinese numerals used in heading ordinals (一 … 九十九). Returns null for anything else. */
export function parseChineseNumeral(text: string): number | null {
  if (text.length === 0) return null;
  const tenIndex = text.indexOf('十');
  if (tenIndex === -1) {
    if (text.length !== 1) return null;
    return digits[text] ?? null;
  }
  const tensText = text.slice(0, tenIndex);
  const unitsText = text.slice(tenIndex + 1);
  const tens = tensText === '' ? 1 : digits[tensText];
  const units = unitsText === '' ? 0 : digits[unitsText];
  if (tens === undefined || units === undefined || tensText.length > 1 || unitsText.length > 1) return null;
  return tens * 10 + units;
}
