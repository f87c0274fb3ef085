import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { system } from '../system';
import { localTableName } from './cloud';
import type { LocalConfig } from './config';
import { localCredentials } from './credentials';

/**
 * What a ticket's workflow waits on in a running local cloud: the provider and its reference, from
 * the item the workflow functions keep at `#WORKFLOW` (local tools only; the product never reads it so).
 * @throws Error when the ticket is not waiting on an outside party.
 */
export async function pendingReference(config: LocalConfig, ticketNumber: string): Promise<{ provider: string; reference: string }> {
  const client = new DynamoDBClient({ region: config.region, endpoint: `http://${config.host}:${config.ports.dynamodb}`, credentials: localCredentials });
  try {
    const { Item } = await DynamoDBDocumentClient.from(client).send(
      new GetCommand({ TableName: localTableName(system), Key: { pk: `TICKET#${ticketNumber}`, sk: '#WORKFLOW' } }),
    );
    const provider = Item?.['provider'];
    const reference = Item?.['reference'];
    if (typeof provider !== 'string' || typeof reference !== 'string') {
      throw new Error(`Ticket ${ticketNumber} is not waiting on an outside party (no provider reference on its workflow)`);
    }
    return { provider, reference };
  } finally {
    client.destroy();
  }
}
