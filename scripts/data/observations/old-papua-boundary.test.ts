import { describe, expect, it } from 'vitest';
import { isOldPapuaBoundary } from './old-papua-boundary';

describe('isOldPapuaBoundary', () => {
  it('follows each source’s switch to the new Papua provinces', () => {
    expect(isOldPapuaBoundary('ipm', '91', 2021)).toBe(true);
    expect(isOldPapuaBoundary('ipm', '91', 2022)).toBe(false);
    expect(isOldPapuaBoundary('poverty-rate', '92', 2023)).toBe(true);
    expect(isOldPapuaBoundary('poverty-rate', '92', 2024)).toBe(false);
    expect(isOldPapuaBoundary('ombudsman-score', '92', 2022)).toBe(true);
    expect(isOldPapuaBoundary('ombudsman-score', '92.02', 2021)).toBe(false);
    expect(isOldPapuaBoundary('ipm', '93', 2021)).toBe(false);
    expect(isOldPapuaBoundary('population', '91', 2020)).toBe(false);
  });
});
