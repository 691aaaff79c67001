import { describe, expect, it } from 'vitest';
import { CLAIM_GROUPS, CLAIM_IDS, CLAIMS, isClaimId } from './claims';

// Copied by hand from shared/TIPS.md's tables (10 general, 9 debugging, 12 reading-the-loss, 8 mechanics).
const TIPS_MD_IDS = {
  General: ['T01', 'T02', 'T03', 'T04', 'T05', 'T06', 'T07', 'T08', 'T09', 'T10'],
  Debugging: ['D01', 'D02', 'D03', 'D04', 'D05', 'D06', 'D07', 'D08', 'D09'],
  'Reading the loss': ['L01', 'L02', 'L03', 'L04', 'L05', 'L06', 'L07', 'L08', 'L09', 'L10', 'L11', 'L12'],
  Mechanics: ['M01', 'M02', 'M03', 'M04', 'M05', 'M06', 'M07', 'M08'],
};

describe('claims', () => {
  it('are exactly the 39 IDs of TIPS.md, in its order, each once', () => {
    expect(CLAIM_IDS).toEqual(Object.values(TIPS_MD_IDS).flat());
    expect(CLAIM_IDS).toHaveLength(39);
    expect(new Set(CLAIM_IDS).size).toBe(CLAIM_IDS.length);
    expect(Object.keys(CLAIMS)).toEqual([...CLAIM_IDS]);
  });

  it('are told from other words: isClaimId', () => {
    expect(CLAIM_IDS.every(isClaimId)).toBe(true);
    for (const other of ['T11', 'T00', 'D10', 'M09', 'L13', 't02', 'T2', 'T022', 'X01', '']) {
      expect(isClaimId(other), other).toBe(false);
    }
  });

  it('sit in their TIPS.md section', () => {
    expect(Object.keys(TIPS_MD_IDS)).toEqual([...CLAIM_GROUPS]);
    for (const [group, ids] of Object.entries(TIPS_MD_IDS)) {
      for (const id of ids) expect(CLAIMS[id as keyof typeof CLAIMS].group, id).toBe(group);
    }
  });
});
