/**
 * Reads CoNLL-2003 files (`token POS chunk NER`, IOB1) into documents of tokens with IOB2 tag indices.
 */
import { readFileSync } from 'node:fs';
import { TAGS } from '../../utils/analysis/people/model-format';

/** One -DOCSTART- document. */
export interface ConllDoc {
  words: string[];
  /** IOB2 tag index per token (see TAGS). */
  tags: number[];
  /** 1 where a sentence starts. */
  sentenceStart: Uint8Array;
  /** Tokens per sentence, in order. */
  sentences: string[][];
}

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

/** Parses a CoNLL-2003 file; IOB1 chunks become IOB2 (B- on every chunk start). */
export function readConll(file: string): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let words: string[] = [];
  let tags: number[] = [];
  let starts: number[] = [];
  let sentences: string[][] = [];
  let sentence: string[] = [];
  let prevType = '';
  const endSentence = () => {
    if (sentence.length) sentences.push(sentence);
    sentence = [];
    prevType = '';
  };
  const endDoc = () => {
    endSentence();
    if (words.length) {
      const sentenceStart = new Uint8Array(words.length);
      for (const s of starts) sentenceStart[s] = 1;
      docs.push({ words, tags, sentenceStart, sentences });
    }
    words = [];
    tags = [];
    starts = [];
    sentences = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endDoc();
      continue;
    }
    if (cols.length < 4) {
      endSentence();
      continue;
    }
    const word = cols[0] ?? '';
    const ner = cols[3] ?? 'O';
    const type = ner === 'O' ? '' : ner.slice(2);
    let tag = 'O';
    if (type) tag = (ner.startsWith('B-') || type !== prevType ? 'B-' : 'I-') + type;
    prevType = type;
    if (!sentence.length) starts.push(words.length);
    sentence.push(word);
    words.push(word);
    tags.push(TAG_INDEX.get(tag) ?? 0);
  }
  endDoc();
  return docs;
}

/** Token spans [start, end) of each chunk of tag type `type` ("PER"). */
export function chunks(tags: readonly number[], type: string): Array<[number, number]> {
  const b = TAGS.indexOf(`B-${type}` as (typeof TAGS)[number]);
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tags.length; i++) {
    if (tags[i] !== b && tags[i] !== b + 1) continue;
    let j = i + 1;
    while (j < tags.length && tags[j] === b + 1) j++;
    out.push([i, j]);
    i = j - 1;
  }
  return out;
}
