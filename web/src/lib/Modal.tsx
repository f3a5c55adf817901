/**
 * A modal dialog on the native <dialog> element: the browser traps focus, closes it on Escape and
 * hides the page behind it from assistive technology, which hand-written modals get wrong. It is
 * open while mounted; closing (Escape, a button) calls onClose and the owner unmounts it.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export function Modal({ labelledBy, onClose, children, className }: { labelledBy: string; onClose(): void; children: ReactNode; className?: string }) {
  const ref = useRef<HTMLDialogElement>(null);
  // No close() on cleanup: its close event arrives a task later and, under StrictMode's
  // mount-unmount-mount, would close the dialog that was just opened. Unmounting removes it anyway.
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} className={`modal${className ? ` ${className}` : ''}`} aria-labelledby={labelledBy} onClose={onClose}>
      {children}
    </dialog>
  );
}
