import { describe, expect, it } from 'vitest';
import { detectedContentOf, isText } from '../../../functions/domain/file-content';
import { gifImage, jpegImage, pdfDocument, pngImage, webpImage, windowsExecutable } from '../../support/sample-files';

describe('what a file’s first bytes show it is', () => {
  it('recognises each image and document type attachments may have by its signature', async () => {
    expect(detectedContentOf(pngImage(), false)).toEqual({ kind: 'binary', type: 'image/png' });
    expect(detectedContentOf(jpegImage(), false)).toEqual({ kind: 'binary', type: 'image/jpeg' });
    expect(detectedContentOf(gifImage(), false)).toEqual({ kind: 'binary', type: 'image/gif' });
    expect(detectedContentOf(webpImage(), false)).toEqual({ kind: 'binary', type: 'image/webp' });
    expect(detectedContentOf(pdfDocument(), false)).toEqual({ kind: 'binary', type: 'application/pdf' });
  });

  it('names a type attachments may not have as what it is', async () => {
    expect(detectedContentOf(windowsExecutable(), false)).toEqual({ kind: 'binary', type: 'application/x-msdownload' });
  });

  it('takes a RIFF file for WebP only when it says WEBP (a WAVE sound is no image)', () => {
    const wave = Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WAVEfmt '), Buffer.alloc(16, 0)]);
    expect(detectedContentOf(wave, false)).toEqual({ kind: 'unknown' });
  });

  it('names archives and programs of other systems as what they are', () => {
    expect(detectedContentOf(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), false)).toEqual({ kind: 'binary', type: 'application/zip' });
    expect(detectedContentOf(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01]), false)).toEqual({ kind: 'binary', type: 'application/x-elf' });
  });

  it('takes a log, a CSV and JSON in UTF-8 for text', async () => {
    for (const text of ['2026-11-30T10:00:00Z ERROR payout failed\n', 'id,amount\n1,10.00\n', '{"error":"timeout","käse":"ünïcode ✓"}']) {
      expect(detectedContentOf(Buffer.from(text, 'utf8'), false)).toEqual({ kind: 'text' });
    }
  });

  it('takes text cut in the middle of a character at the end of the bytes read, when the file goes on', () => {
    const cut = Buffer.from('price: 10 €', 'utf8').subarray(0, -1);
    expect(isText(cut, true)).toBe(true);
    expect(isText(cut, false)).toBe(false);
  });

  it('does not take bytes with a NUL, or that are not UTF-8, for text', async () => {
    expect(detectedContentOf(Buffer.from('abc\0def', 'latin1'), false)).toEqual({ kind: 'unknown' });
    expect(detectedContentOf(Buffer.from([0x61, 0xff, 0xfe, 0x62]), false)).toEqual({ kind: 'unknown' });
  });
});
