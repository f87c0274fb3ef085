import type { HttpEvent } from '../shared/http';
import { publicRoute } from '../shared/http';
import { providerConfig } from '../providers/config';
import type { ProviderName, WebhookDelivery } from '../providers/types';
import { webhookReceiptView } from '../api/views/workflow';
import { workflowDeps } from '../use-cases/workflows/deps';
import { receiveWebhook } from '../use-cases/workflows/receive-webhook';

/** The raw body and lower-cased headers, as the signature is computed over them. */
function deliveryOf(event: HttpEvent): WebhookDelivery {
  const body = event.body ?? '';
  const rawBody = event.isBase64Encoded ? Buffer.from(body, 'base64').toString('utf8') : body;
  const headers = Object.fromEntries(Object.entries(event.headers).map(([name, value]) => [name.toLowerCase(), value]));
  return { rawBody, headers };
}

/** A provider's webhook route: no user token, the signature on the body authenticates it. */
export function webhookRoute(provider: ProviderName) {
  return publicRoute(async (event) => {
    const receipt = await receiveWebhook(workflowDeps, provider, await providerConfig.webhookVerifier(provider), deliveryOf(event));
    return { statusCode: 200, body: webhookReceiptView(receipt) };
  });
}
