import { describe, expect, it } from 'vitest';
import { acceptedFiles, contentTypeOf, refusalOf } from '../../../web/src/attachments/file-checks';

describe('the file picker’s checks before an upload', () => {
  it('tells the API a file’s type from its extension, a .log file as plain text', () => {
    expect(contentTypeOf({ name: 'Screenshot.PNG' })).toBe('image/png');
    expect(contentTypeOf({ name: 'server.log' })).toBe('text/plain');
    expect(contentTypeOf({ name: 'setup.exe' })).toBeUndefined();
    expect(acceptedFiles.split(',')).toContain('.log');
  });

  it('refuses in words a file of another type, over 10 MB or empty, and lets the others through', () => {
    expect(refusalOf({ name: 'setup.exe', size: 10 })).toBe('setup.exe is not an allowed type (PNG, JPEG, WebP, GIF, PDF, text or log, CSV, JSON).');
    expect(refusalOf({ name: 'huge.pdf', size: 10 * 1024 * 1024 + 1 })).toBe('huge.pdf is larger than 10 MB.');
    expect(refusalOf({ name: 'empty.txt', size: 0 })).toBe('empty.txt is empty.');
    expect(refusalOf({ name: 'photo.jpeg', size: 10 * 1024 * 1024 })).toBeUndefined();
  });
});
