import { describe, expect, it } from 'vitest';
import { eraseStoredData } from '../../src/stores/erase-everything';

describe('eraseStoredData', () => {
  it("removes every key of Signaal's and nothing of anyone else's", () => {
    localStorage.setItem('signaal.progress', '{}');
    localStorage.setItem('signaal.settings', '{}');
    localStorage.setItem('other-app', 'keep');
    expect(eraseStoredData()).toBe(2);
    expect(localStorage.getItem('signaal.progress')).toBeNull();
    expect(localStorage.getItem('other-app')).toBe('keep');
  });
});
