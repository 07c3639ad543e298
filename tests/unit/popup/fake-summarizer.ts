// A stand-in for Chrome's `Summarizer` global that records how it is called.
import type { Availability, SummarizerApi, SummarizerOptions, SummarizerSession } from "../../../extension/popup/built-in-summary";

export interface FakeCalls {
  availability: SummarizerOptions[];
  created: SummarizerOptions[];
  inputs: string[];
  destroyed: number;
}

interface FakeOptions {
  /** What availability() answers, or the error it throws. */
  availability: Availability | Error;
  /** The summary of an input, or the error summarize() throws. */
  summarize?: (input: string) => string;
  /** A token quota and how many tokens an input counts. */
  quota?: { inputQuota: number; usage: (input: string) => number };
}

/** The first `n` sentences of the input as "* " key points, like the model's plain-text output. */
export const firstSentences =
  (n: number) =>
  (input: string): string =>
    (input.match(/[^.!?\n]+[.!?]/g) ?? [])
      .slice(0, n)
      .map((s) => `* ${s.trim()}`)
      .join("\n");

export function fakeSummarizer(options: FakeOptions): { api: SummarizerApi; calls: FakeCalls } {
  const calls: FakeCalls = { availability: [], created: [], inputs: [], destroyed: 0 };
  const summarize = options.summarize ?? firstSentences(3);
  const api: SummarizerApi = {
    async availability(o) {
      calls.availability.push(o);
      if (options.availability instanceof Error) throw options.availability;
      return options.availability;
    },
    async create(o) {
      calls.created.push(o);
      const session: SummarizerSession = {
        async summarize(input) {
          calls.inputs.push(input);
          return summarize(input);
        },
        destroy() {
          calls.destroyed++;
        },
        ...(options.quota && {
          inputQuota: options.quota.inputQuota,
          measureInputUsage: async (input: string) => options.quota!.usage(input),
        }),
      };
      return session;
    },
  };
  return { api, calls };
}
