/**
 * What `npm audit --omit=dev --json` said, as a verdict: `{ ran: false, text }` when no report came back (the registry
 * does not serve the advisory database, or there is no network), else `{ ran: true, ok, text }` with ok = no high or
 * critical advisory.
 */
export function auditVerdict(stdout, stderr = '') {
  let report;
  try {
    report = JSON.parse(stdout || 'null');
  } catch {
    report = null;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason = `${stderr}\n${report?.error?.summary ?? ''}`
      .split('\n')
      .map((line) => line.replace(/^npm (warn|error) /, '').trim())
      .filter((line) => line && !line.startsWith('A complete log'))
      .slice(0, 2)
      .join('; ');
    return {
      ran: false,
      text: `npm audit: NOT RUN — the advisory database could not be reached (${reason || 'no report'}). Run it where the public registry is reachable.`,
    };
  }
  const line = ['critical', 'high', 'moderate', 'low'].map((level) => `${counts[level] ?? 0} ${level}`).join(', ');
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(
    ([, v]) => v.severity === 'high' || v.severity === 'critical',
  );
  if ((counts.critical ?? 0) + (counts.high ?? 0) > 0) {
    const names = serious.map(([name, v]) => `  ${name} (${v.severity}): ${v.range}`);
    return {
      ran: true,
      ok: false,
      text: [`npm audit: ${line} in the shipped dependencies — high and critical must be fixed:`, ...names].join('\n'),
    };
  }
  return { ran: true, ok: true, text: `npm audit: ${line} in the shipped dependencies (no high or critical).` };
}
