import type { ScanResult } from '../../../functions/domain/attachment';

/**
 * The EICAR anti-virus test string: every scanner reports it as a threat, so a test (or a
 * developer) can send a "virus" that harms nothing.
 */
export const eicarTestString = String.raw`X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*`;

/** What the local scanner finds in a file: EICAR is a threat, anything else is clean. */
export function scanContent(content: Buffer): ScanResult {
  return content.includes(eicarTestString, 0, 'latin1') ? 'THREATS_FOUND' : 'NO_THREATS_FOUND';
}

/** What the scanner works with: the objects (read past the front, as GuardDuty's own role), their tags, and the report. */
export interface ScannerPorts {
  /** The object's bytes and ETag, or undefined when it is gone. */
  read(key: string): Promise<{ body: Buffer; eTag: string } | undefined>;
  tag(key: string, result: ScanResult): void;
  /** Hands the result to the scan-result function, as EventBridge would; throws when the invocation failed. */
  report(key: string, eTag: string, result: ScanResult): Promise<void>;
  log(line: string): void;
}

// Lambda retries a failed asynchronous invocation twice (EventBridge's target is invoked asynchronously).
const attempts = 3;

/**
 * The local stand-in for GuardDuty Malware Protection for S3: scans each object written under the
 * protected prefix, tags it with the result (GuardDutyMalwareScanStatus) and reports the result to
 * the scan-result function. Scans run as objects arrive; `stop` waits for those under way.
 */
export class LocalScanner {
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly prefix: string,
    private readonly ports: ScannerPorts,
  ) {}

  /** Scans the object if it is under the protected prefix. */
  notice(key: string): void {
    if (this.stopped || !key.startsWith(this.prefix)) return;
    const scan = this.scan(key).finally(() => this.running.delete(scan));
    this.running.add(scan);
  }

  private async scan(key: string): Promise<void> {
    try {
      const object = await this.ports.read(key);
      if (!object) return;
      const result = scanContent(object.body);
      this.ports.tag(key, result);
      for (let attempt = 1; ; attempt++) {
        try {
          await this.ports.report(key, object.eTag, result);
          return;
        } catch (error) {
          if (attempt >= attempts || this.stopped) throw error;
        }
      }
    } catch (error) {
      this.ports.log(`local scanner: the scan of ${key} was not recorded: ${String(error)}`);
    }
  }

  /** Waits until no scan is under way. */
  async settled(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /** Takes no more objects and waits for the scans under way (which report no more after a failure). */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.settled();
  }
}
