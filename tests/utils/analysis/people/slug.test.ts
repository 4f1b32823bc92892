import { describe, expect, it } from 'vitest';
import { personId } from '../../../../utils/analysis/people/slug';

describe('personId', () => {
  it.each([
    ['Kim Jong Un', 'kim-jong-un'],
    ['Kim Jong-un', 'kim-jong-un'],
    ['KIM JONG UN', 'kim-jong-un'],
    ['Alain Juppé', 'alain-juppe'],
    ['Lech Wałęsa', 'lech-walesa'],
    ['Jürgen  Klinsmann', 'jurgen-klinsmann'],
    ["Conan O'Brien", 'conan-o-brien'],
  ])('gives %j the id %j', (name, expected) => {
    const actual = personId(name);
    expect(actual).toBe(expected);
  });
});
