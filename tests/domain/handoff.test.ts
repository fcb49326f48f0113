import { describe, expect, it } from 'vitest';
import nl from '../../content/packs/samenspraak-pg.nl.json';
import { decodeConsultcode } from '../../src/domain/consultcode';
import { contentPackSchema } from '../../src/domain/contentpack';
import { makeHandoff } from '../../src/domain/handoff';
import { emptyPreparation } from '../../src/domain/preparation';
import { decodeQrPayload } from '../../src/domain/qrpayload';

const pack = contentPackSchema.parse(nl);

function preparation() {
  const quickIds = pack.dimensions.map((d) => d.quick.id);
  return {
    ...emptyPreparation({ id: 'elsewhere', version: '9.9.9' }, 'nl'),
    answers: Object.fromEntries(quickIds.map((id, i) => [id, [6, 4, 7, 5, 3, 6][i] ?? 0])),
    talk: ['meedoen' as const],
    focus: 'meedoen' as const,
    expectations: ['uitleg' as const, 'meedenken' as const],
    question: 'Hoe kom ik weer onder de mensen?',
  };
}

describe('makeHandoff', () => {
  it('makes a code and a QR payload that open the same preparation', () => {
    const handoff = makeHandoff(preparation(), pack);
    expect(handoff.code).toMatch(/^[R-Z][0-9A-Z]{3}-[0-9A-Z]{4}-[0-9A-Z]{2}[0-9A-Z*~$=]{2}$/);
    const fromCode = decodeConsultcode(handoff.code);
    expect(fromCode).toEqual({
      ok: true,
      version: 3,
      value: {
        pack: handoff.handover.pack,
        scores: handoff.handover.scores,
        talk: ['meedoen'],
        focus: 'meedoen',
        expectations: ['uitleg', 'meedenken'],
        locale: 'nl',
        mode: 'quick',
      },
    });
    expect(decodeQrPayload(handoff.payload)).toEqual({ ok: true, value: handoff.handover });
    expect(handoff.handover.detail.question).toBe('Hoe kom ik weer onder de mensen?');
  });

  it('names the pack that was answered, whatever the draft said', () => {
    const handoff = makeHandoff(preparation(), pack);
    expect(handoff.handover.pack).toEqual({ id: pack.id, version: pack.version });
    expect(handoff.handover.detail.pack).toEqual({ id: pack.id, version: pack.version });
  });

  it('scores the dimensions from the answers', () => {
    const { scores } = makeHandoff(preparation(), pack).handover;
    // In the order of the web: lichaam, mentaal, zingeving, kwaliteit, meedoen, dagelijks.
    expect(Object.values(scores)).toEqual([6, 4, 7, 5, 3, 6]);
  });

  it('in face mode, gives a code that says the language and the faces, as the web showed them', () => {
    const quickIds = pack.dimensions.map((d) => d.quick.id);
    const faces = {
      ...preparation(),
      locale: 'tr',
      mode: 'face' as const,
      answers: Object.fromEntries(quickIds.map((id, i) => [id, [0, 1, 2, 3, 4, 3][i] ?? 0])),
    };
    const handoff = makeHandoff(faces, pack);
    expect(Object.values(handoff.handover.scores)).toEqual([0, 2.5, 5, 7.5, 10, 7.5]);
    expect(decodeConsultcode(handoff.code)).toMatchObject({
      ok: true,
      version: 3,
      value: { scores: handoff.handover.scores, locale: 'tr', mode: 'face' },
    });
  });
});
