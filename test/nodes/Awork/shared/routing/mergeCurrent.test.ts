/** formValues: the current entity's values for a PUT form, so an Update keeps what the user left alone. */
import { formValues } from '../../../../../nodes/Awork/shared/routing/mergeCurrent';

describe('formValues', () => {
	it("takes the form's properties that the entity has, and nothing else", () => {
		const current = { id: 'p1', name: 'Website', description: '', timeBudget: 0, isPrivate: false, companyId: null, members: [{ id: 'u1' }] };
		expect(formValues(current, ['name', 'description', 'timeBudget', 'isPrivate', 'companyId', 'dueDate'])).toEqual({
			name: 'Website',
			description: '',
			timeBudget: 0,
			isPrivate: false,
		});
	});
});
