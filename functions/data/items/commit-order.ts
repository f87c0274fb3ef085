/**
 * A ticket version as a sort key part, zero-padded so that keys order numerically: 10 digits
 * outlast any ticket's versions. Events and messages are keyed by the ticket version their change
 * was committed with, not by time: versions are granted one at a time by the conditional write, so
 * a Query returns the timeline and the thread in commit order, and all that one change wrote
 * shares a key prefix.
 */
export const commitOrder = (version: number) => String(version).padStart(10, '0');
