/**
 * The cache tag of what the public transparency page (/association) shows: the bodies and who
 * sits in them, the published minutes and decisions, the next general assembly. Every change to
 * a body, a mandate or a meeting names it (the commands return it in `cacheTags`, defineAction
 * expires it), so the cached page is rebuilt on the next visit.
 */
export const GOVERNANCE_PUBLIC_TAG = "governance-public";

export function governanceCacheTags(): string[] {
  return [GOVERNANCE_PUBLIC_TAG];
}
