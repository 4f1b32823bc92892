import { configure } from '@testing-library/preact';

// findBy… and waitFor give up after 1 s by default; on a loaded CI machine (two cores, the whole suite in parallel)
// a live query can take longer than that to settle. A wider margin only costs time when a test is failing anyway.
configure({ asyncUtilTimeout: 5_000 });
