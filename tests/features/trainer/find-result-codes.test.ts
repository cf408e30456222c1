import { describe, expect, it } from 'vitest';
import { compactAttempt, encodeResultCode } from '../../../src/records';
import { findResultCodes } from '../../../src/features/trainer/find-result-codes';
import { playAttempt } from '../../support/attempts';
import { scenarioById, scenarioCodes } from '../../support/scenario-text';

const hotel = scenarioById('hotel-room-214');
const code = (learner: string) =>
  encodeResultCode({ assignmentId: 'AbCdEfGh', assignmentDigest: 'AAAAAAAA', learner, attempts: [compactAttempt(hotel, playAttempt(hotel, (i) => i % 3 === 0, () => 1))] }, scenarioCodes);

const wrap = (text: string, width: number) => text.match(new RegExp(`.{1,${width}}`, 'g'))?.join('\n') ?? text;

describe('finding result codes in pasted text', () => {
  const [ada, bob, cem] = [code('Ada'), code('Bob de Vries'), code('Çem')];

  it('finds one code per line, several on one line, and codes with spaces around', () => {
    expect(findResultCodes(`${ada}\n${bob}`).codes).toEqual([ada, bob]);
    expect(findResultCodes(`  ${ada} ${bob}\t${cem}  `).codes).toEqual([ada, bob, cem]);
  });

  it('joins a code that an e-mail program wrapped over lines, also with quote marks in front', () => {
    expect(findResultCodes(wrap(ada, 60)).codes).toEqual([ada]);
    expect(findResultCodes(wrap(`${ada} ${bob}`, 40).split('\n').map((l) => `> ${l}`).join('\n')).codes).toEqual([ada, bob]);
  });

  it('finds codes among words and links, and reports a piece that starts like a code but is damaged', () => {
    const mail = `Hoi! Hier is mijn code: ${ada}. Groet, Bob\nhttps://example.org/signaal/#/assignment/AQxyz\nEn van Cem: "${cem}"`;
    expect(findResultCodes(mail)).toEqual({ codes: [ada, cem], damaged: [] });
    const cut = bob.slice(0, -5);
    expect(findResultCodes(`${ada}\n${cut}`)).toEqual({ codes: [ada], damaged: [cut] });
  });

  it('finds nothing in text without a code', () => {
    expect(findResultCodes('Eva is ziek, ze stuurt haar code morgen.')).toEqual({ codes: [], damaged: [] });
  });
});
