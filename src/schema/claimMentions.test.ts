import { describe, expect, it } from 'vitest';
import { splitClaimMentions, type TextPart } from './claimMentions';

const text = (t: string): TextPart => ({ kind: 'text', text: t });
const claim = (id: string): TextPart => ({ kind: 'claim', id }) as TextPart;
const joined = (parts: TextPart[]) => parts.map((p) => (p.kind === 'text' ? p.text : p.id)).join('');

describe('splitClaimMentions', () => {
  it('leaves a text without IDs whole, and gives no parts for an empty one', () => {
    expect(splitClaimMentions('Every layer needs a bias.')).toEqual([text('Every layer needs a bias.')]);
    expect(splitClaimMentions('')).toEqual([]);
  });

  it('cuts out each ID in a list, keeping the punctuation around them as text', () => {
    expect(splitClaimMentions('ReLU trains fast, sigmoid’s gradient vanishes (T02, L11).')).toEqual([
      text('ReLU trains fast, sigmoid’s gradient vanishes ('),
      claim('T02'),
      text(', '),
      claim('L11'),
      text(').'),
    ]);
  });

  it('finds IDs at the very start and end, and side by side', () => {
    expect(splitClaimMentions('D04')).toEqual([claim('D04')]);
    expect(splitClaimMentions('M05 and M08')).toEqual([claim('M05'), text(' and '), claim('M08')]);
    expect(splitClaimMentions('T01·M06')).toEqual([claim('T01'), text('·'), claim('M06')]);
  });

  it('leaves IDs that are not claims, and look-alikes inside words or numbers, as text', () => {
    for (const other of [
      'T99',
      'T11',
      'D10',
      'L00',
      'M09',
      'X01',
      't02',
      'T2',
      'AT02',
      'T021',
      'T02x',
      '2T02',
      'T02_b',
    ]) {
      expect(splitClaimMentions(`see ${other} here`), other).toEqual([text(`see ${other} here`)]);
    }
    expect(splitClaimMentions('T99 then T09')).toEqual([text('T99 then '), claim('T09')]);
  });

  it('finds IDs next to Chinese characters, whose punctuation has no spaces', () => {
    expect(splitClaimMentions('未缩放的输入会让最初几步走偏（T06）。见L02')).toEqual([
      text('未缩放的输入会让最初几步走偏（'),
      claim('T06'),
      text('）。见'),
      claim('L02'),
    ]);
  });

  it('gives back the text unchanged when the parts are joined', () => {
    const samples = ['(T05, D09).', 'a T99 b L12c L12 ', '批量 512（D03、D05、L08）', 'x'];
    for (const sample of samples) expect(joined(splitClaimMentions(sample))).toBe(sample);
  });
});
