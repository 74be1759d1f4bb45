import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { applyFieldErrors, fieldPathSegments, findControlForField } from './field-errors';

function buildForm() {
  return new FormGroup({
    question: new FormControl(''),
    domains: new FormControl<string[]>([]),
    address: new FormGroup({ postcode: new FormControl(''), city: new FormControl('') }),
    involvedParties: new FormArray([
      new FormGroup({ name: new FormControl('Woonstad') }),
      new FormGroup({ name: new FormControl('') }),
    ]),
  });
}

describe('applyFieldErrors', () => {
  it('reads dotted and bracketed paths alike', () => {
    expect(fieldPathSegments('involvedParties[1].name')).toEqual(['involvedParties', 1, 'name']);
    expect(fieldPathSegments('involvedParties.1.name')).toEqual(['involvedParties', 1, 'name']);
    expect(fieldPathSegments('address.postcode')).toEqual(['address', 'postcode']);
  });

  it('puts the API reason on the nested control the path names, touched so it shows at once', () => {
    const form = buildForm();
    const unmatched = applyFieldErrors(form, [{ field: 'address.postcode', reason: 'Geen geldige postcode.' }]);

    const postcode = form.controls.address.controls.postcode;
    expect(unmatched).toEqual([]);
    expect(postcode.getError('server')).toBe('Geen geldige postcode.');
    expect(postcode.touched).toBe(true);
    expect(form.valid).toBe(false);
    expect(form.controls.address.controls.city.errors).toBeNull();
  });

  it('finds a control inside a form array by index', () => {
    const form = buildForm();
    applyFieldErrors(form, [{ field: 'involvedParties.1.name', reason: 'Naam is verplicht.' }]);

    expect(form.controls.involvedParties.at(1).controls.name.getError('server')).toBe('Naam is verplicht.');
    expect(form.controls.involvedParties.at(0).controls.name.errors).toBeNull();
  });

  it('puts an error about one list item on the control holding the list', () => {
    const form = buildForm();
    applyFieldErrors(form, [{ field: 'domains[1]', reason: 'Onbekend domein.' }]);

    expect(form.controls.domains.getError('server')).toBe('Onbekend domein.');
  });

  it('returns what no control matches, to be shown above the form', () => {
    const form = buildForm();
    const unmatched = applyFieldErrors(form, [
      { field: 'clientId', reason: 'Cliënt bestaat niet.' },
      { field: 'address.country', reason: 'Onbekend veld.' },
      { field: 'question', reason: 'Te lang.' },
    ]);

    expect(unmatched).toEqual([
      { field: 'clientId', reason: 'Cliënt bestaat niet.' },
      { field: 'address.country', reason: 'Onbekend veld.' },
    ]);
    expect(form.controls.question.getError('server')).toBe('Te lang.');
  });

  it('joins two reasons for the same field', () => {
    const form = buildForm();
    applyFieldErrors(form, [
      { field: 'question', reason: 'Te lang.' },
      { field: 'question', reason: 'Bevat ongeldige tekens.' },
    ]);

    expect(form.controls.question.getError('server')).toBe('Te lang. Bevat ongeldige tekens.');
  });

  it('clears the server error as soon as the user changes the field', () => {
    const form = buildForm();
    applyFieldErrors(form, [{ field: 'address.postcode', reason: 'Geen geldige postcode.' }]);

    form.controls.address.controls.postcode.setValue('3511 AB');

    expect(form.controls.address.controls.postcode.errors).toBeNull();
    expect(form.valid).toBe(true);
  });

  it('never points at the form itself or at a group as a field', () => {
    const form = buildForm();
    expect(findControlForField(form, '')).toBeNull();
    expect(findControlForField(form, 'address')).toBe(form.controls.address);
    expect(findControlForField(form, 'address.unknown')).toBeNull();
  });
});
