import { describe, expect, it } from 'vitest';
import { countryCodesIn } from '../../../../utils/analysis/countries/index';

describe('countryCodesIn (people roles)', () => {
  it.each([
    ['Russian President', ['RU']],
    ["North Korea's Foreign Minister", ['KP']],
    ['North Korean leader', ['KP']],
    ['South Korean Unification Minister', ['KR']],
    ['U.S. Secretary of State', ['US']],
    ['British Prime Minister', ['GB']],
    ['the envoy of France to Germany', ['FR', 'DE']],
    ['chief executive', []],
    ['', []],
  ])('%j → %j', (role, expected) => {
    expect(countryCodesIn(role)).toEqual(expected);
  });
});
