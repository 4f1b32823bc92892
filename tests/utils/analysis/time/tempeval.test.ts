import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evalTempEval, parseTml } from '../../../../scripts/eval/tempeval';

const CORPUS = resolve(__dirname, '../../../../../shared/data/tempeval3/train');
const present = existsSync(CORPUS);

describe('parseTml', () => {
  it('strips tags, decodes entities and keeps TIMEX3 offsets in the plain text', () => {
    const xml = [
      '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>',
      '<TEXT>AT&amp;T <EVENT eid="e1">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3>.</TEXT></TimeML>',
    ].join('\n');
    const actual = parseTml(xml);
    expect(actual.dct).toBe('1998-01-08');
    expect(actual.text).toBe('AT&T fell yesterday.');
    expect(actual.timexes).toEqual([{ start: 10, end: 19, text: 'yesterday', type: 'DATE', value: '1998-01-07' }]);
  });
});

describe.skipIf(!present)('TempEval-3 training corpus (needs ../shared/data/tempeval3; skipped when absent)', () => {
  it('scores at least the recorded floor (strict F1 85, value F1 80 on TimeBank + AQUAINT, the issue targets)', () => {
    const actual = evalTempEval(CORPUS);
    expect(actual.docs).toBe(256);
    expect(actual.gold).toBe(1822);
    expect(actual.strictF1).toBeGreaterThanOrEqual(85);
    expect(actual.relaxedF1).toBeGreaterThanOrEqual(92);
    expect(actual.valueF1).toBeGreaterThanOrEqual(80);
  });
});
