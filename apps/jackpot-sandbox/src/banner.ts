import { type RunningSandbox } from './server';

/** The start-up banner: everything a developer needs to point a client at this sandbox. */
export function banner(running: RunningSandbox): string {
  const { sandbox } = running;
  const { config, settings } = sandbox;
  const faults = settings.faults;
  const faultLines = [
    faults.latencyMs || faults.latencyJitterMs
      ? `latency ${faults.latencyMs} ms (+ up to ${faults.latencyJitterMs} ms)`
      : '',
    faults.errorRate ? `error rate ${faults.errorRate} (HTTP ${faults.errorStatus})` : '',
    faults.timeoutRate ? `timeout rate ${faults.timeoutRate}` : '',
    faults.routes.length ? `${faults.routes.length} route rule(s)` : '',
    faults.webhooks.dropRate ? `webhook drop ${faults.webhooks.dropRate}` : '',
    faults.webhooks.duplicateRate ? `webhook duplicate ${faults.webhooks.duplicateRate}` : '',
    faults.webhooks.delayMs ? `webhook delay ${faults.webhooks.delayMs} ms` : '',
    faults.webhooks.reorderWindowMs ? `webhook reorder window ${faults.webhooks.reorderWindowMs} ms` : '',
  ].filter(Boolean);
  const rows: [string, string][] = [
    ['API base URL', running.url],
    ['JACKPOT_API_KEY', config.credentials.apiKey],
    ['JACKPOT_API_SIGNATURE', config.credentials.apiSignature],
    ['JACKPOT_CLIENT_SECRET', config.credentials.clientSecret],
    [
      'Control token',
      `${config.controlToken}${config.controlTokenGenerated ? '  (generated; set SANDBOX_CONTROL_TOKEN to fix it)' : ''}`,
    ],
    ['Webhooks to', settings.webhookUrl ?? '(none: set JACKPOT_WEBHOOK_URL)'],
    ['Confirmation', settings.autoConfirm ? 'automatic (SANDBOX_AUTO_CONFIRM=true)' : 'manual'],
    ['READY delay', `${settings.readyDelayMs} ms`],
    ['Reservation TTL', `${settings.reservationTtlS} s`],
    ['Catalogue', `${sandbox.catalogue.all().length} stores`],
    ['Data file', config.dataFile ?? '(in memory: set SANDBOX_DATA_FILE to persist)'],
    ['Faults', faultLines.length ? faultLines.join(', ') : 'none'],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    '',
    '  Jackpot v2 sandbox',
    '',
    ...rows.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`),
    '',
    `  Try:  curl -H 'apikey: ${config.credentials.apiKey}' ${running.url}/v2/stores`,
    `        curl -H 'x-sandbox-token: ${config.controlToken}' ${running.url}/_sandbox/`,
    '',
  ].join('\n');
}
