// The claims this playground exists to test, one per ID of shared/TIPS.md, each with its section there. Lessons name
// the claims they show by these IDs, so a lesson naming an ID that is not here does not compile. What a claim says,
// in our own words and in each language, is the page's `tips` catalog (src/ui/i18n/*/tips.ts): one copy per language.

/** The TIPS.md IDs, in the file's order. */
export const CLAIM_IDS = [
  'T01',
  'T02',
  'T03',
  'T04',
  'T05',
  'T06',
  'T07',
  'T08',
  'T09',
  'T10',
  'D01',
  'D02',
  'D03',
  'D04',
  'D05',
  'D06',
  'D07',
  'D08',
  'D09',
  'L01',
  'L02',
  'L03',
  'L04',
  'L05',
  'L06',
  'L07',
  'L08',
  'L09',
  'L10',
  'L11',
  'L12',
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
] as const;
export type ClaimId = (typeof CLAIM_IDS)[number];

/** The TIPS.md sections, shortened. */
export const CLAIM_GROUPS = ['General', 'Debugging', 'Reading the loss', 'Mechanics'] as const;
export type ClaimGroup = (typeof CLAIM_GROUPS)[number];

export interface ClaimInfo {
  group: ClaimGroup;
}

// Record<ClaimId, …>: an ID without its entry, or an entry for an ID not listed above, does not compile.
export const CLAIMS: Readonly<Record<ClaimId, ClaimInfo>> = {
  T01: { group: 'General' },
  T02: { group: 'General' },
  T03: { group: 'General' },
  T04: { group: 'General' },
  T05: { group: 'General' },
  T06: { group: 'General' },
  T07: { group: 'General' },
  T08: { group: 'General' },
  T09: { group: 'General' },
  T10: { group: 'General' },
  D01: { group: 'Debugging' },
  D02: { group: 'Debugging' },
  D03: { group: 'Debugging' },
  D04: { group: 'Debugging' },
  D05: { group: 'Debugging' },
  D06: { group: 'Debugging' },
  D07: { group: 'Debugging' },
  D08: { group: 'Debugging' },
  D09: { group: 'Debugging' },
  L01: { group: 'Reading the loss' },
  L02: { group: 'Reading the loss' },
  L03: { group: 'Reading the loss' },
  L04: { group: 'Reading the loss' },
  L05: { group: 'Reading the loss' },
  L06: { group: 'Reading the loss' },
  L07: { group: 'Reading the loss' },
  L08: { group: 'Reading the loss' },
  L09: { group: 'Reading the loss' },
  L10: { group: 'Reading the loss' },
  L11: { group: 'Reading the loss' },
  L12: { group: 'Reading the loss' },
  M01: { group: 'Mechanics' },
  M02: { group: 'Mechanics' },
  M03: { group: 'Mechanics' },
  M04: { group: 'Mechanics' },
  M05: { group: 'Mechanics' },
  M06: { group: 'Mechanics' },
  M07: { group: 'Mechanics' },
  M08: { group: 'Mechanics' },
};

/** Whether `text` is one of the IDs above (a tip ID read from a text or a link). */
export function isClaimId(text: string): text is ClaimId {
  return (CLAIM_IDS as readonly string[]).includes(text);
}
