import { describe, expect, it } from 'vitest';
import { typoBudget, typoTolerant } from '../../src/text/typos.js';

describe('typo-tolerant lookups', () => {
  const cities = new Map([
    ['tashkent', 'UZB'],
    ['dushanbe', 'TJK'],
    ['addis ababa', 'ETH'],
    ['maputo', 'MOZ'],
    ['mapute', 'XXX'],
    ['oslo', 'NOR'],
  ]);
  const find = typoTolerant(cities);

  it('finds a name as written, in any case', () => {
    expect(find('Tashkent')).toBe('UZB');
    expect(find('OSLO')).toBe('NOR');
  });

  it('finds a name one letter off, or two off in a long name', () => {
    expect(find('Tashkant')).toBe('UZB');
    expect(find('Dushambe')).toBe('TJK');
    expect(find('Adis Abeba')).toBe('ETH');
  });

  it('takes two neighbouring letters swapped for one slip, and no more', () => {
    expect(find('Tahskent')).toBe('UZB');
    expect(find('Dushabne')).toBe('TJK');
    expect(find('Tahskant')).toBeUndefined();
    expect(find('Mpauto')).toBe('MOZ');
    expect(find('Olso')).toBeUndefined();
  });

  it('gives no leeway to short names, nor to a name whose first letter differs', () => {
    expect(find('Oslu')).toBeUndefined();
    expect(find('Bashkent')).toBeUndefined();
  });

  it('takes a letter changed only for a slip of the hand or the ear, not for another name', () => {
    const china = typoTolerant(
      new Map([
        ['anqing', 'CHN'],
        ['bishkek', 'KGZ'],
        ["nuku'alofa", 'TON'],
      ]),
    );
    expect(china('Nukuʻalofa')).toBe('TON');
    expect(china('Anning')).toBeUndefined();
    expect(china('Bishkrk')).toBe('KGZ');
    expect(china('Bishkeck')).toBe('KGZ');
  });

  it('does not guess between two names equally near', () => {
    expect(find('Maputa')).toBeUndefined();
  });

  it('never takes a word known as something else for a misspelling', () => {
    const places = typoTolerant(new Map([['augusta', 'USA']]), (key) => key === 'august');
    expect(places('August')).toBeUndefined();
    expect(places('Agusta')).toBe('USA');
  });

  it('gives more leeway to longer names', () => {
    expect([4, 5, 6, 9, 10].map(typoBudget)).toEqual([0, 0, 1, 1, 2]);
  });

  it('answers a misspelling again from its memo, the same way', () => {
    expect(find('Tashkant')).toBe('UZB');
    expect(find('Tachkent')).toBe('UZB');
  });
});
