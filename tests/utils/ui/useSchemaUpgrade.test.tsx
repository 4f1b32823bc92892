// @vitest-environment happy-dom
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useSchemaUpgrade } from '@/utils/ui/useSchemaUpgrade';
import { eventsAtV4 } from '../db/helpers';

afterEach(cleanup);

describe('useSchemaUpgrade', () => {
  it('is true while a version 5 upgrade runs, and false again once it is done', async () => {
    const seen: boolean[] = [];
    const { unmount } = renderHook(() => {
      const upgrading = useSchemaUpgrade();
      seen.push(upgrading);
      return upgrading;
    });
    const db = await eventsAtV4(3_000);

    await db.open();

    await waitFor(() => expect(seen.at(-1)).toBe(false));
    expect(seen).toEqual([false, true, false]);
    unmount();
    db.close();
  });
});
