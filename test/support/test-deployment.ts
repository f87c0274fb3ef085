import type { Wording } from '../../functions/domain/catalog';

/**
 * The words of the platform the test clouds play: seed 001's 3Commas (its "In progress - 3Commas"
 * labels), with seed 000's "Solved" and "Awaiting your reply" for the account category only, so
 * that one cloud shows both a deployment's own labels (account tickets) and the seeds' defaults
 * (every other type).
 */
export const testDeploymentWording = {
  platformName: '3Commas',
  statuses: { account: { resolved: { label: 'Solved' }, awaiting_your_reply: { label: 'Awaiting your reply' } } },
} as const satisfies Wording;

/** The local cloud's variables that give it the test platform's words, as a deployment would set them. */
export const testDeploymentWordingEnv = {
  TICKETFLOW_PLATFORM_NAME: testDeploymentWording.platformName,
  TICKETFLOW_STATUS_WORDING: JSON.stringify(testDeploymentWording.statuses),
};
