import { describe, expect, it } from 'vitest';
import { ombudsmanNote } from './governance-specs';

describe('ombudsmanNote', () => {
  const row = (code: string, note: string) => ({ line: 2, values: { region_code: code, note } });

  it('keeps notes about the value and drops notes about the article or other regions', () => {
    expect(ombudsmanNote(row('13.06', 'Nagekeo given as 80.43 elsewhere'))).toBe(
      'Nagekeo given as 80.43 elsewhere',
    );
    expect(ombudsmanNote(row('18.01', 'Tulang Bawang Barat not in the published list'))).toBeUndefined();
    expect(ombudsmanNote(row('13.06', 'corroborated/extra fields: https://x.id'))).toBeUndefined();
    expect(ombudsmanNote(row('13.06', ''))).toBeUndefined();
  });

  it('keeps the Padang Pariaman remark only on Padang Pariaman', () => {
    const remark = 'sakato.co.id (Jul 2023) lists Padang Pariaman as C; antaranews gives 78.2 = B';
    expect(ombudsmanNote(row('13.05', remark))).toBe(remark);
    expect(ombudsmanNote(row('13.06', remark))).toBeUndefined();
  });
});
