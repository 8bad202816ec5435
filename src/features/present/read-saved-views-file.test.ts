import { describe, expect, it } from 'vitest';
import { savedViewsFile, type SavedView } from '@/store/saved-views';
import { MAX_SAVED_VIEWS, readSavedViewsFile, readSavedViewsText } from './read-saved-views-file';

const view = (id: string, patch: Partial<SavedView> = {}): SavedView => ({
  id,
  name: `View ${id}`,
  title: '',
  note: '',
  chart: 'overview',
  view: {
    filters: { from: '2014-01', to: '2026-04', sectors: [], regions: [], statuses: [], dealTypes: [], search: '' },
    focusedPanel: null,
    theme: 'system',
    selectedProjectId: null,
    selectedCrossingId: null,
  },
  ...patch,
});
const fileText = (views: SavedView[]): string => JSON.stringify(savedViewsFile(views));

describe('readSavedViewsText', () => {
  it('reads a file this dashboard exported', () => {
    const result = readSavedViewsText('views.json', fileText([view('a'), view('b')]));
    expect('views' in result && result.views.map((v) => v.id)).toEqual(['a', 'b']);
  });

  it('refuses a prototype key, naming the view and field, and pollutes nothing', () => {
    const text = fileText([view('a'), view('b')]).replace('"note":""', '"note":"","__proto__":{"polluted":true}');
    expect(readSavedViewsText('evil.json', text)).toEqual({
      error:
        'evil.json: view 1, field __proto__: the key "__proto__" is not allowed (it could change how the app\'s objects behave). Nothing was changed.',
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses a megabyte note and absurd nesting by view and field', () => {
    expect(readSavedViewsText('long.json', fileText([view('a'), view('b', { note: 'n'.repeat(1_048_576) })]))).toEqual({
      error:
        'long.json: view 2, field note: text of 1,048,576 characters; the importer takes up to 10,000. Nothing was changed.',
    });
    const deep = `{"app":"china-russia-bri-dashboard","views":[{"id":"a","extra":${'['.repeat(50_000)}${']'.repeat(50_000)}}]}`;
    // Levels 1–3 are the file, its views and the view; "extra" opens level 4 at offset 63, so level 13 is at 72.
    expect(readSavedViewsText('deep.json', deep)).toEqual({
      error: 'deep.json: nested more than 12 levels deep (at character 73); the format needs 4. Nothing was changed.',
    });
  });

  it('refuses more views than a file holds', () => {
    const views = Array.from({ length: MAX_SAVED_VIEWS + 1 }, (_, i) => view(`v${i}`));
    expect(readSavedViewsText('deck.json', fileText(views))).toEqual({
      error: 'deck.json: has 201 views; a saved-views file holds up to 200. Nothing was changed.',
    });
  });

  it('passes the format’s own errors on with the file name', () => {
    expect(readSavedViewsText('x.json', '{"app":"other"}')).toMatchObject({
      error: expect.stringMatching(/^x\.json: Not a saved-views file from this dashboard: .* Nothing was changed\.$/),
    });
    expect(readSavedViewsText('x.json', 'not json')).toEqual({
      error: 'x.json: The file is not JSON. Nothing was changed.',
    });
  });
});

describe('readSavedViewsFile', () => {
  it('refuses an empty or a huge file before reading it', async () => {
    expect(await readSavedViewsFile(new File([], 'empty.json'))).toEqual({
      error: 'empty.json: the file is empty. Nothing was changed.',
    });
    const huge = new File([new Uint8Array(3 * 1024 * 1024)], 'huge.json');
    expect(await readSavedViewsFile(huge)).toEqual({
      error: 'huge.json: the file is 3.0 MB; a saved-views file is under 2 MB. Nothing was changed.',
    });
  });
});
