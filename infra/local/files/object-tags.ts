import { XMLParser } from 'fast-xml-parser';

/**
 * Object tags, which fauxqs does not keep: the local S3 front keeps them beside it, by bucket and
 * key, for as long as the object lives (its DeleteObject drops them).
 */
export class ObjectTags {
  private readonly tags = new Map<string, ReadonlyMap<string, string>>();

  private static id(bucket: string, key: string): string {
    return `${bucket}/${key}`;
  }

  get(bucket: string, key: string): ReadonlyMap<string, string> {
    return this.tags.get(ObjectTags.id(bucket, key)) ?? new Map();
  }

  set(bucket: string, key: string, tags: ReadonlyMap<string, string>): void {
    if (tags.size === 0) this.tags.delete(ObjectTags.id(bucket, key));
    else this.tags.set(ObjectTags.id(bucket, key), new Map(tags));
  }

  delete(bucket: string, key: string): void {
    this.tags.delete(ObjectTags.id(bucket, key));
  }
}

// Element text needs only these three escaped.
const escapeXml = (text: string) => text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));

/** GetObjectTagging's answer. */
export function taggingXml(tags: ReadonlyMap<string, string>): string {
  const tagSet = [...tags].map(([key, value]) => `<Tag><Key>${escapeXml(key)}</Key><Value>${escapeXml(value)}</Value></Tag>`).join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Tagging xmlns="http://s3.amazonaws.com/doc/2006-03-01/"><TagSet>${tagSet}</TagSet></Tagging>`;
}

const parser = new XMLParser({ isArray: (name) => name === 'Tag', parseTagValue: false });

/** The tags of a PutObjectTagging body, or undefined when it is no Tagging document. */
export function parseTaggingXml(body: string): Map<string, string> | undefined {
  try {
    const document = parser.parse(body) as { Tagging?: { TagSet?: { Tag?: { Key?: unknown; Value?: unknown }[] } | '' } };
    if (!document.Tagging) return undefined;
    const tagSet = document.Tagging.TagSet;
    const list = typeof tagSet === 'object' ? (tagSet.Tag ?? []) : [];
    const tags = new Map<string, string>();
    for (const tag of list) {
      if (typeof tag.Key !== 'string') return undefined;
      tags.set(tag.Key, typeof tag.Value === 'string' ? tag.Value : '');
    }
    return tags;
  } catch {
    return undefined;
  }
}

/** The tags of an x-amz-tagging header (a URL query: `Key1=Value1&Key2=Value2`). */
export function parseTaggingHeader(header: string): Map<string, string> {
  return new Map(new URLSearchParams(header));
}
