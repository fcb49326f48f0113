import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { HistorySection } from '../../src/ui/consult/HistorySection';
import type { History } from '../../src/ui/consult/useHistory';
import { ConsultTexts } from './i18n';

function history(days: number, setRetention: History['setRetention']): History {
  return {
    ready: true,
    entries: [],
    more: false,
    loadMore: async () => {},
    save: async () => {},
    remove: async () => {},
    clear: async () => {},
    retention: { days, lastPurge: 0 },
    nextPurge: Date.UTC(2026, 11, 2),
    setRetention,
    persistence: 'persisted',
  };
}

function renderHistory(days: number, setRetention: History['setRetention'] = async () => {}) {
  render(
    <ConsultTexts>
      <HistorySection history={history(days, setRetention)} />
    </ConsultTexts>,
  );
  return screen.getByRole('spinbutton', { name: 'Bewaartermijn in dagen' }) as HTMLInputElement;
}

async function submit(field: HTMLInputElement, typed: string) {
  await userEvent.fill(field, typed);
  await userEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
}

describe('the retention period', () => {
  it.each(['0', '91', '-1', '2.5', ''])(
    'refuses %j visibly, and the field shows the period in force',
    async (typed) => {
      const setRetention = vi.fn(async () => {});
      const field = renderHistory(30, setRetention);
      await submit(field, typed);
      await waitFor(() =>
        expect(screen.getByRole('alert').textContent).toBe(
          'Kies een heel aantal dagen, van 1 tot 90. De bewaartermijn blijft 30 dagen.',
        ),
      );
      expect(field.value).toBe('30');
      expect(field.getAttribute('aria-invalid')).toBe('true');
      expect(setRetention).not.toHaveBeenCalled();
    },
  );

  it('saves a valid period', async () => {
    const setRetention = vi.fn(async () => {});
    const field = renderHistory(30, setRetention);
    await submit(field, '14');
    expect(setRetention).toHaveBeenCalledWith(14);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when storage refuses the new period', async () => {
    const field = renderHistory(1, () => Promise.reject(new Error('disk')));
    await submit(field, '60');
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'De bewaartermijn kon niet worden opgeslagen. Hij blijft 1 dag.',
      ),
    );
    expect(field.value).toBe('1');
  });

  it('counts days in the singular for one', () => {
    renderHistory(1);
    expect(document.getElementById('retention-hint')?.textContent).toMatch(
      /^Afgeronde consulten blijven 1 dag bewaard \(1 tot 90 dagen mogelijk\)\./,
    );
  });
});
