import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clearDraft, draftKey, loadDraft, saveDraft, type DraftStorage } from './draft';
import { filledForm } from '../../test/support/test-catalogue';

const ADA = 'sandbox:ada@example.com';

function memoryStorage(): DraftStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}

describe('drafts', () => {
  it('gives back the form exactly as it was saved', () => {
    const storage = memoryStorage();
    const form = filledForm({ slots: '', walltimeHours: '1.', envVars: [{ key: 'A', value: '' }] });
    saveDraft(storage, draftKey(ADA, null), form, 1000);
    assert.deepEqual(loadDraft(storage, draftKey(ADA, null)), { version: 1, savedAt: 1000, form });
  });

  it('keeps a clone’s draft apart from the blank form’s', () => {
    assert.notEqual(draftKey(ADA, 'AIRfoL'), draftKey(ADA, null));
    const storage = memoryStorage();
    saveDraft(storage, draftKey(ADA, 'AIRfoL'), filledForm(), 1);
    assert.equal(loadDraft(storage, draftKey(ADA, null)), null);
  });

  it('keeps each account’s draft apart', () => {
    const storage = memoryStorage();
    saveDraft(storage, draftKey(ADA, null), filledForm(), 1);
    assert.equal(loadDraft(storage, draftKey('sandbox:nova@example.com', null)), null);
  });

  it('ignores a draft that is not JSON or no longer fits the form', () => {
    const storage = memoryStorage();
    storage.setItem(draftKey(ADA, null), '{not json');
    assert.equal(loadDraft(storage, draftKey(ADA, null)), null);
    storage.setItem(draftKey(ADA, null), JSON.stringify({ version: 1, savedAt: 1, form: { name: 3 } }));
    assert.equal(loadDraft(storage, draftKey(ADA, null)), null);
  });

  it('refuses a draft whose lists or flags have the wrong shape', () => {
    const storage = memoryStorage();
    const form = filledForm();
    for (const broken of [
      { ...form, useMpi: 'yes' },
      { ...form, envVars: [{ key: 'A' }] },
      { ...form, inputFiles: [{ id: '', name: 'a', size: 1 }] },
      { ...form, inputFiles: [{ id: 'f', name: 'a', size: -1 }] },
      { ...form, licenseValues: { seat: 1 } },
      [form],
    ]) {
      storage.setItem(draftKey(ADA, null), JSON.stringify({ version: 1, savedAt: 1, form: broken }));
      assert.equal(loadDraft(storage, draftKey(ADA, null)), null, JSON.stringify(broken));
    }
    storage.setItem(draftKey(ADA, null), JSON.stringify({ version: 2, savedAt: 1, form }));
    assert.equal(loadDraft(storage, draftKey(ADA, null)), null);
  });

  it('keeps only the form’s own fields from what was stored', () => {
    const storage = memoryStorage();
    const form = filledForm({ inputFiles: [{ id: 'f', name: 'a.txt', size: 3 }] });
    const stored = { ...form, stray: true, inputFiles: [{ ...form.inputFiles[0], extra: 1 }] };
    storage.setItem(draftKey(ADA, null), JSON.stringify({ version: 1, savedAt: 5, form: stored }));
    assert.deepEqual(loadDraft(storage, draftKey(ADA, null)), { version: 1, savedAt: 5, form });
  });

  it('survives a storage that refuses to write', () => {
    const full: DraftStorage = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    assert.doesNotThrow(() => saveDraft(full, draftKey(ADA, null), filledForm(), 1));
  });

  it('forgets the draft once cleared', () => {
    const storage = memoryStorage();
    saveDraft(storage, draftKey(ADA, null), filledForm(), 1);
    clearDraft(storage, draftKey(ADA, null));
    assert.equal(storage.items.size, 0);
  });
});
