import { TestBed } from '@angular/core/testing';
import type { ApiError } from '@naast/contracts';
import type { ConflictNoticeComponent } from './conflict-notice/conflict-notice.component';
import { versionedEdit } from './versioned-edit';

interface Saved {
  version: number;
  phone: string;
  city: string;
}
type Value = Omit<Saved, 'version'>;

const conflict = (current: Saved): ApiError => ({ statusCode: 409, error: 'Conflict', message: 'Gewijzigd.', current });

describe('versionedEdit', () => {
  let form: Value;
  const focus = jest.fn();

  function startEdit() {
    const edit = TestBed.runInInjectionContext(() =>
      versionedEdit<Saved, Value>({
        valueOf: ({ phone, city }) => ({ phone, city }),
        fill: ({ phone, city }) => (form = { phone, city }),
        fields: () => [
          { label: 'Telefoon', value: (v) => v.phone, show: (v) => v.phone },
          { label: 'Plaats', value: (v) => v.city, show: (v) => v.city },
        ],
        notice: () => ({ focus }) as unknown as ConflictNoticeComponent,
      }),
    );
    edit.start({ version: 3, phone: '030 123 4567', city: 'Utrecht' });
    return edit;
  }

  beforeEach(() => focus.mockReset());

  it('starts from the saved state and sends only what the user changed', () => {
    const edit = startEdit();
    expect(form).toEqual({ phone: '030 123 4567', city: 'Utrecht' });
    expect(edit.version()).toBe(3);
    expect(edit.changes({ ...form, phone: '06 1234 5678' })).toEqual({ phone: '06 1234 5678' });
  });

  it('answers a 409 with the rows and the focus on the notice, and keeps the version until the user decides', () => {
    const edit = startEdit();
    const mine = { ...form, phone: '06 1234 5678' };

    expect(edit.showConflict({ statusCode: 400, error: 'Bad Request', message: 'Nee.' }, mine)).toBe(false);
    expect(edit.showConflict(conflict({ version: 4, phone: '030 123 4567', city: 'Zeist' }), mine)).toBe(true);

    expect(edit.conflict()?.rows).toEqual([
      { label: 'Telefoon', saved: '030 123 4567', mine: '06 1234 5678' },
      { label: 'Plaats', saved: 'Zeist', mine: null },
    ]);
    expect(edit.version()).toBe(3);
    TestBed.tick();
    expect(focus).toHaveBeenCalled();
  });

  it('"keep mine" bases the input on the saved version and still sends only the user\'s change', () => {
    const edit = startEdit();
    const mine = { ...form, phone: '06 1234 5678' };
    edit.showConflict(conflict({ version: 4, phone: '030 123 4567', city: 'Zeist' }), mine);

    expect(edit.keepMine()).toBe(true);
    expect(edit.conflict()).toBeNull();
    expect(edit.version()).toBe(4);
    // The colleague's city is not written back with the user's stale one.
    expect(edit.changes(mine)).toEqual({ phone: '06 1234 5678' });
    expect(edit.keepMine()).toBe(false);
  });

  it('"take saved" fills the form with the saved state and continues from it', () => {
    const edit = startEdit();
    edit.showConflict(conflict({ version: 4, phone: '030 123 4567', city: 'Zeist' }), { ...form, phone: '06' });

    expect(edit.takeSaved()).toBe(true);
    expect(form).toEqual({ phone: '030 123 4567', city: 'Zeist' });
    expect(edit.version()).toBe(4);
    expect(edit.conflict()).toBeNull();
    expect(edit.changes(form)).toEqual({});
  });
});
