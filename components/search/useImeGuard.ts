'use client';

import { type CompositionEvent, useRef } from 'react';

/**
 * Pinyin and other IMEs compose a word through several input events; searching
 * on each would look up half-typed pinyin. `settle(value)` passes a value on only
 * outside a composition; the composition's end settles the finished text.
 */
export function useImeGuard(onSettled: (value: string) => void) {
  const composing = useRef(false);
  return {
    isComposing: () => composing.current,
    settle: (value: string) => {
      if (!composing.current) onSettled(value);
    },
    compositionHandlers: {
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
        composing.current = false;
        onSettled(event.currentTarget.value);
      },
    },
  };
}
