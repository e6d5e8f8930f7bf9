'use client';

import { useEffect, useRef, type ReactNode } from 'react';

type ModalProps = {
  labelledBy: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
};

/**
 * A modal on the native `<dialog>`, open while mounted: the page behind is inert, so focus
 * stays inside; Escape closes it, and focus returns to where it was.
 */
export function Modal({ labelledBy, onClose, children, className = '' }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      before?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClick={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className={`m-auto rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100 ${className}`}
    >
      {children}
    </dialog>
  );
}
