import type { ComponentChildren } from "preact";

export type Jump = (start: number, end: number) => void;

interface Props {
  testId: string;
  start: number;
  end: number;
  jump: Jump;
  children: ComponentChildren;
}

/** A list entry that scrolls the page to its text. */
export function EntryButton({ testId, start, end, jump, children }: Props) {
  return (
    <button type="button" class="entry" data-testid={testId} data-start={start} onClick={() => jump(start, end)}>
      {children}
    </button>
  );
}
