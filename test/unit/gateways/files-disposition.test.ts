import { describe, expect, it } from 'vitest';
import { contentDisposition } from '../../../functions/gateways/files';

describe('the name a download saves a file under', () => {
  it('is the attached name, quoted, with its UTF-8 spelling for names beyond ASCII', () => {
    expect(contentDisposition('screenshot.png')).toBe(`attachment; filename="screenshot.png"; filename*=UTF-8''screenshot.png`);
    expect(contentDisposition('Kontoauszug März (1).pdf')).toBe(`attachment; filename="Kontoauszug M_rz (1).pdf"; filename*=UTF-8''Kontoauszug%20M%C3%A4rz%20%281%29.pdf`);
  });

  it('cannot break out of the header value with a quote, a backslash or a line break', () => {
    const header = contentDisposition('a"b\\c\r\nSet-Cookie: x.txt');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header.startsWith('attachment; filename="a_b_c__Set-Cookie: x.txt"; ')).toBe(true);
  });
});
