import { Logger } from '@aws-lambda-powertools/logger';

/**
 * The structured JSON logger every function shares. Never log a token, a message body or a
 * value redaction removed: log ticket numbers, codes and ids.
 */
export const logger = new Logger({ serviceName: 'ticketflow' });
