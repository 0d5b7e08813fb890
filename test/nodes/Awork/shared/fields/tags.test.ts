/** The request bodies of awork's addtags / deletetags forms built from tag names. */
import { addTagsBody, deleteTagForms, removeTagsBody, tagForms } from '../../../../../nodes/Awork/shared/fields/tags';

describe('tag bodies', () => {
	it('send a color only when one was chosen, and names only to deletetags', () => {
		expect(tagForms(['urgent', 'q3'])).toEqual([{ name: 'urgent' }, { name: 'q3' }]);
		expect(tagForms(['urgent'], 'red')).toEqual([{ name: 'urgent', color: 'red' }]);
		expect(deleteTagForms(['urgent'])).toEqual([{ name: 'urgent' }]);
		expect(addTagsBody()({ tags: ['a'], tagColor: 'teal' })).toEqual([{ name: 'a', color: 'teal' }]);
		expect(removeTagsBody('_tags')({ _tags: ['a', 'b'] })).toEqual([{ name: 'a' }, { name: 'b' }]);
	});
});
