import { App, Stack, Validations } from 'aws-cdk-lib';
import { Queue } from 'aws-cdk-lib/aws-sqs';
import { describe, expect, it } from 'vitest';
import { defaultDeploymentSettings, readDeploymentSettings } from '../../infra/stacks/deployment-settings';
import { compliancePacks } from '../../infra/stacks/ticketflow';

function appWithContext(context: Record<string, unknown>): App {
  return new App({ context });
}

describe('the compliance packs', () => {
  it('stop synthesis at a finding nobody acknowledged', () => {
    const app = new App();
    new Queue(new Stack(app, 'Careless'), 'PlainQueue');
    Validations.of(app).addPlugins(...compliancePacks());
    expect(() => app.synth()).toThrow(/AwsSolutions-SQS4[\s\S]*Careless\/PlainQueue/);
  });

  it('let synthesis through once the finding is acknowledged with a reason', () => {
    const app = new App();
    const queue = new Queue(new Stack(app, 'Careful'), 'PlainQueue', { enforceSSL: true });
    const reason = 'A fixture queue of this test; nothing is ever sent to it.';
    Validations.of(queue).acknowledge(
      { id: 'AwsSolutions-SQS3', reason },
      { id: 'Serverless-SQSRedrivePolicy', reason },
    );
    Validations.of(app).addPlugins(...compliancePacks());
    expect(() => app.synth()).not.toThrow();
  });
});

describe('the deployment settings', () => {
  it('fall back to documented defaults when the context says nothing', () => {
    expect(readDeploymentSettings(appWithContext({}).node)).toEqual(defaultDeploymentSettings);
  });

  it('take the sender, portal and a comma-separated origin list from the context', () => {
    const settings = readDeploymentSettings(
      appWithContext({ senderAddress: 'help@pay.example', portalUrl: 'https://help.pay.example', corsOrigins: 'https://app.pay.example, http://localhost:5173' }).node,
    );
    expect(settings).toEqual({
      config: { senderAddress: 'help@pay.example', senderName: 'Ticketflow', portalUrl: 'https://help.pay.example' },
      corsOrigins: ['https://app.pay.example', 'http://localhost:5173'],
    });
  });

  it('accept the origins as a list, as cdk.json would hold them', () => {
    expect(readDeploymentSettings(appWithContext({ corsOrigins: ['https://app.pay.example'] }).node).corsOrigins).toEqual(['https://app.pay.example']);
  });

  it('take the sender’s display name, and refuse one that is blank, too long or on more than one line', () => {
    expect(readDeploymentSettings(appWithContext({ senderName: 'Pay Example Support' }).node).config.senderName).toBe('Pay Example Support');
    expect(() => readDeploymentSettings(appWithContext({ senderName: ' ' }).node)).toThrow('Context senderName must be 1 to 64 characters on one line');
    expect(() => readDeploymentSettings(appWithContext({ senderName: 'x'.repeat(65) }).node)).toThrow('Context senderName');
    expect(() => readDeploymentSettings(appWithContext({ senderName: 'Pay\r\nBcc: x@y.example' }).node)).toThrow('Context senderName');
  });

  it('send emails in the platform’s name when the deployment names the platform and not the sender', () => {
    expect(readDeploymentSettings(appWithContext({ platformName: 'PayDay' }).node).config.senderName).toBe('PayDay');
    expect(readDeploymentSettings(appWithContext({ platformName: 'PayDay', senderName: 'PayDay Support' }).node).config.senderName).toBe('PayDay Support');
    expect(() => readDeploymentSettings(appWithContext({ platformName: 'x'.repeat(65) }).node)).toThrow('Context platformName (the default senderName) must be 1 to 64 characters');
  });

  it('refuse a sender that is not an email address', () => {
    expect(() => readDeploymentSettings(appWithContext({ senderAddress: 'support' }).node)).toThrow('Context senderAddress is not an email address: support');
  });

  it('refuse a plain-http origin other than localhost', () => {
    expect(() => readDeploymentSettings(appWithContext({ corsOrigins: 'http://app.pay.example' }).node)).toThrow(
      'Not an https URL in the deployment settings: http://app.pay.example',
    );
  });

  it('take the platform name and its own words for statuses, as cdk.json or -c JSON gives them', () => {
    const statusWording = { '*': { resolved: { label: 'Solved' }, awaiting_your_reply: { label: 'Awaiting your reply' } } };
    const wording = { platformName: 'PayDay', statuses: statusWording };

    expect(readDeploymentSettings(appWithContext({ platformName: 'PayDay', statusWording }).node).wording).toEqual(wording);
    expect(readDeploymentSettings(appWithContext({ platformName: 'PayDay', statusWording: JSON.stringify(statusWording) }).node).wording).toEqual(wording);
  });

  it('refuse words for a type or status the catalogue does not have, naming it', () => {
    expect(() => readDeploymentSettings(appWithContext({ statusWording: { general: { solved: { label: 'Solved' } } } }).node)).toThrow(
      /Context statusWording names what the catalogue does not have:\n- unknown status "solved" of the general type/,
    );
    expect(() => readDeploymentSettings(appWithContext({ statusWording: '{"secruity":{"open":{"label":"New"}}}' }).node)).toThrow(/unknown ticket type "secruity"/);
    expect(() => readDeploymentSettings(appWithContext({ statusWording: '{general' }).node)).toThrow('Context statusWording is not JSON: {general');
  });

  it('take the clock settings as cdk.json or -c JSON gives them, and refuse a bad one by its name', () => {
    const clock = { timers: { autoCloseSolvedAfterDays: 2 }, complaints: { rule: 'psd2' } };
    expect(readDeploymentSettings(appWithContext({ clock }).node).clock).toEqual(clock);
    expect(readDeploymentSettings(appWithContext({ clock: JSON.stringify(clock) }).node).clock).toEqual(clock);
    expect(readDeploymentSettings(appWithContext({}).node).clock).toBeUndefined();
    expect(() => readDeploymentSettings(appWithContext({ clock: { serviceLevels: { targets: { high: { firstReply: '2 hours' } } } } }).node)).toThrow(/clock\.serviceLevels\.targets\.high\.firstReply/);
    expect(() => readDeploymentSettings(appWithContext({ clock: '{timers' }).node)).toThrow('Context clock is not JSON: {timers');
  });
});
