/**
 * The last data a query answered with. urql replaces `data` with undefined when a refetch fails
 * (server down), which would make a view drop what it showed for an error; views keep showing the
 * last answer instead and say separately that it could not be refreshed.
 */
import { useRef } from 'react';

export function useKeptData<T>(data: T | undefined): T | undefined {
  const kept = useRef<T | undefined>(data);
  if (data !== undefined) kept.current = data;
  return kept.current;
}
