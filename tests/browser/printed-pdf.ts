import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/**
 * Prints the page as Chromium prints it (A4, print CSS, backgrounds) into the PDF file `path`
 * and reads it back with poppler: its page count (`pdfinfo`) and its text laid out
 * (`pdftotext -layout`).
 */
export async function printedPdf(
  page: Page,
  path: string,
): Promise<{ pages: number; text: string }> {
  writeFileSync(
    path,
    await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }),
  );
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
  return { pages, text };
}
