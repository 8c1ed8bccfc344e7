// Enrollment codes as people type them: full-width characters, lower case, dashes, spaces.

export function normalizeCode(input: string): string {
  return Array.from(input)
    .map((c) => {
      const cp = c.codePointAt(0) ?? 0;
      return cp >= 0xff01 && cp <= 0xff5e ? String.fromCodePoint(cp - 0xfee0) : c;
    })
    .join("")
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, "");
}

export const CODE_LENGTH = 8;

export function isCompleteCode(input: string): boolean {
  return normalizeCode(input).length === CODE_LENGTH;
}
