import { describe, expect, it } from 'vitest';
import { joinNotes } from './table-spec';

describe('joinNotes', () => {
  it('joins the non-empty parts', () => {
    expect(joinNotes('a', undefined, ' ', 'b')).toBe('a; b');
    expect(joinNotes(undefined, '')).toBeUndefined();
  });
});
