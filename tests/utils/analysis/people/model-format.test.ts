import { describe, expect, it } from 'vitest';
import { decodeModel, encodeModel, fromBase64ByHand } from '../../../../utils/analysis/people/model-format';

describe('encodeModel / decodeModel', () => {
  it.each([1, 2, 3, 50, 1000])('round-trips %i weights (every base64 padding length)', (count) => {
    const bits = 10;
    const weights = new Float32Array((1 << bits) * 9);
    for (let i = 0; i < count; i++) weights[(i * 7919) % weights.length] = ((i % 5) - 2) * 1.5 || 3;
    const file = encodeModel([weights], bits, 0.5, ['anna', 'kim'], {});
    const model = decodeModel(JSON.parse(JSON.stringify(file)));
    const scale = file.stages[0]?.scale ?? 1;
    const actual = Array.from(model.stages[0] ?? [], (q) => Math.round(q * scale * 100) / 100);
    expect(actual).toEqual(Array.from(weights));
    expect([...model.firstNames]).toEqual(['anna', 'kim']);
  });

  it.each([0, 1, 2, 3, 4, 255, 256, 257])(
    'decodes base64 by hand exactly as Node does (%i bytes, every padding length)',
    (length) => {
      const bytes = Uint8Array.from({ length }, (_, i) => (i * 37 + 11) & 255);
      const b64 = Buffer.from(bytes).toString('base64');
      const expected = Array.from(bytes);
      const actual = Array.from(fromBase64ByHand(b64));
      expect(actual).toEqual(expected);
    },
  );
});
