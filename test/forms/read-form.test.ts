/** A form cell's figure: every hint proposes a value that passes as that figure. */
import { describe, expect, it } from 'vitest';
import { figureValue } from '../../src/forms/read-form.js';
import { registry } from '../support/office.js';

const share = registry.indicators.get('ty_le_ho_co_chuong_trai')!;
const herd = registry.indicators.get('dan_gia_suc')!;
const number = (value: number) => ({ kind: 'number' as const, value, percent: false });

describe('figureValue', () => {
  it('proposes the whole thousands only when they pass: a share of 90.125 is rounded, a herd of 41.108 is 41108', () => {
    expect(figureValue(number(90.125), share)).toEqual({
      code: 'VALIDATE_TOO_MANY_DECIMALS',
      params: expect.objectContaining({ rounded: '90.13' }),
    });
    expect(figureValue(number(41.108), herd)).toEqual({
      code: 'IMPORT_CELL_THOUSANDS',
      params: expect.objectContaining({ plain: '41108' }),
    });
  });

  it('reads a count with a fraction below 1000 as whole thousands, and proposes the whole numbers either side of a larger one', () => {
    expect(figureValue(number(23.5), registry.indicators.get('nghe_chet_ret')!)).toEqual({
      code: 'IMPORT_CELL_THOUSANDS',
      params: expect.objectContaining({ plain: '23500' }),
    });
    expect(figureValue(number(1234.5), herd)).toEqual({
      code: 'VALIDATE_NOT_INTEGER',
      params: expect.objectContaining({ suggestions: ['1234', '1235'] }),
    });
  });
});
