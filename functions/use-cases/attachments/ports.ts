import type { Attachment } from '../../domain/attachment';
import type { IdSource } from '../../domain/ids';
import type { Change, Ticket } from '../../domain/types';
import type { ScanRecord, ScanRecording } from '../../data/attachments';
import type { WriteConflictError } from '../../data/tickets';
import type { RemainingTime } from '../conflicts';

/**
 * Where attachments are kept, as the scan path needs them. In Lambda it is the table (./deps.ts);
 * unit tests give a fake. `recordRemoval` throws the data layer's WriteConflictError when the
 * ticket changed or was being changed.
 */
export interface AttachmentRepository {
  get(ticketNumber: string, id: string): Promise<Attachment | undefined>;
  /** Records the scan on an attachment still `checking`; a repeated result changes nothing. */
  recordScan(attachment: Attachment, scan: ScanRecord): Promise<ScanRecording>;
  /** Records a threat's scan with the ticket's change, on the ticket's version, all or nothing. */
  recordRemoval(change: Change, expectedVersion: number, attachment: Attachment, scan: ScanRecord): Promise<ScanRecording>;
  currentTicket(number: string, conflict: WriteConflictError | undefined): Promise<Ticket | undefined>;
}

/** What the team's alert says about a removed file. */
export interface RemovedFileAlert {
  readonly ticketNumber: string;
  readonly attachmentId: string;
  readonly name: string;
  readonly threats: readonly string[];
}

/** What recording a scan result needs. */
export interface ScanResultDeps {
  readonly attachments: AttachmentRepository;
  /** Deletes an object of the files bucket (gone already is fine). */
  readonly deleteObject: (key: string) => Promise<void>;
  /** Tells the support team (their alert topic). */
  readonly alertTeam: (alert: RemovedFileAlert) => Promise<void>;
  readonly now: () => Date;
  readonly newId: IdSource;
  readonly remainingMs: RemainingTime;
}
