export interface AuditVerdict {
  /** False when npm audit produced no report (no advisory database reachable). */
  ran: boolean;
  /** With ran: no high or critical advisory. */
  ok?: boolean;
  text: string;
}
export function auditVerdict(stdout: string, stderr?: string): AuditVerdict;
