import { describe, expect, it } from 'vitest';
import huisarts from '../../locales/huisarts/nl.json';
import nl from '../../locales/nl.json';
import { consultReducer, initialConsult } from '../../src/domain/consult';
import { emptyScores } from '../../src/domain/dimensions';
import { DEFAULT_PACK } from '../../src/domain/packregistry';
import { createI18n } from '../../src/i18n';
import { consultName } from '../../src/ui/consult/consultname';
import { AFWACHTEN } from '../fixtures/consult';

const t = createI18n({ ...nl, ...huisarts }).t;
const start = initialConsult(AFWACHTEN);
const POH = { ...AFWACHTEN, id: 'poh', title: 'Gesprekken met de POH-GGZ', afwachten: false };

describe('consultName', () => {
  it('is the first words of the hulpvraag, with the choice once there is one', () => {
    let state = consultReducer(start, {
      type: 'text',
      field: 'hulpvraag',
      value: ' Moe\nen somber ',
    });
    expect(consultName(state, t)).toBe('Moe en somber');
    state = consultReducer(state, { type: 'addOption', option: POH });
    state = consultReducer(state, {
      type: 'decision',
      decision: { kind: 'keuze', optionId: 'poh' },
    });
    expect(consultName(state, t)).toBe('Moe en somber – Gesprekken met de POH-GGZ');
    state = consultReducer(state, {
      type: 'decision',
      decision: { kind: 'bedenktijd', followUp: '' },
    });
    expect(consultName(state, t)).toBe('Moe en somber – bedenktijd');
  });

  it('cuts a long hulpvraag to 60 characters with an ellipsis', () => {
    const state = consultReducer(start, {
      type: 'text',
      field: 'hulpvraag',
      value: 'woord '.repeat(30),
    });
    const name = consultName(state, t);
    expect(name.length).toBeLessThanOrEqual(60);
    expect(name.endsWith('…')).toBe(true);
  });

  it('without a hulpvraag: the keuzekaart, else whether it was prepared', () => {
    expect(consultName(start, t)).toBe('nog geen hulpvraag');
    const handover = {
      pack: DEFAULT_PACK,
      scores: emptyScores(),
      talk: [],
      focus: null,
      expectations: [],
      locale: null,
      mode: null,
      detail: null,
    };
    const prepared = consultReducer(start, { type: 'open', origin: 'code', handover });
    expect(consultName(prepared, t)).toBe('met voorbereiding, nog geen hulpvraag');
    const carded = {
      ...prepared,
      keuzekaart: { id: 'somberheid', version: '1.0.0', title: 'Sombere gevoelens', icpc: [] },
    };
    expect(consultName(carded, t)).toBe('Sombere gevoelens');
  });
});
