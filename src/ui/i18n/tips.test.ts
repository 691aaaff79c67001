import { describe, expect, it } from 'vitest';
import { CLAIM_GROUPS, CLAIM_IDS } from '../../schema/claims';
import { splitClaimMentions } from '../../schema/claimMentions';
import { tips as english } from './en/tips';
import { tips as chinese } from './zh-CN/tips';

// The generic catalog test checks both languages have the same keys; these check what a tip must say.
const LANGUAGES = { en: english, 'zh-CN': chinese };

/** Sentences of a text: English ends them with . ? ! before a space or the end; Chinese with 。？！ */
function sentences(text: string): string[] {
  return text.split(/(?<=[.?!])\s+|(?<=[。？！])/).filter((s) => s.trim() !== '');
}

describe('the tips catalog', () => {
  for (const [language, catalog] of Object.entries(LANGUAGES)) {
    describe(language, () => {
      it('has a title, a claim and what to try for every claim ID, in TIPS.md order', () => {
        expect(Object.keys(catalog.claims)).toEqual([...CLAIM_IDS]);
        for (const id of CLAIM_IDS) {
          const { title, claim, tryThis } = catalog.claims[id];
          expect(title.trim(), id).not.toBe('');
          expect(claim.trim(), id).not.toBe('');
          expect(tryThis.trim(), id).not.toBe('');
        }
      });

      it('keeps titles short and says the claim in two to four sentences', () => {
        for (const id of CLAIM_IDS) {
          const { title, claim } = catalog.claims[id];
          expect(title.length, `${id}: ${title}`).toBeLessThanOrEqual(language === 'en' ? 60 : 30);
          const count = sentences(claim).length;
          expect(count, `${id}: ${claim}`).toBeGreaterThanOrEqual(2);
          expect(count, `${id}: ${claim}`).toBeLessThanOrEqual(4);
        }
      });

      it('names every section', () => {
        expect(Object.keys(catalog.sections)).toEqual([...CLAIM_GROUPS]);
      });

      it('does not name its own ID inside a tip, and names other tips by real IDs only', () => {
        for (const id of CLAIM_IDS) {
          const texts = Object.values(catalog.claims[id]).join(' ');
          const named = splitClaimMentions(texts).flatMap((part) => (part.kind === 'claim' ? [part.id] : []));
          expect(named, id).not.toContain(id);
          // A look-alike that is not a claim (a typo such as "T11") would stay plain text: none may be there.
          expect(texts.match(/\b[TDLM]\d\d\b/g) ?? [], id).toEqual(named);
        }
      });
    });
  }

  it('names the same other tips in both languages', () => {
    const named = (text: string) => splitClaimMentions(text).filter((part) => part.kind === 'claim');
    for (const id of CLAIM_IDS) {
      expect(named(chinese.claims[id].claim), id).toEqual(named(english.claims[id].claim));
    }
  });
});
