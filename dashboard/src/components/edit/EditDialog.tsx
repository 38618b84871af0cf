import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useEditTranslation } from '../../lib/i18n-edit';
import './edit.css';

// Edit forms open in a side panel like the sources panel: a modal <dialog> (focus moves in, Escape
// closes, focus returns to the button that opened it). The form inside is made afresh each time.

export interface EditDialogProps {
  title: string;
  onClose: () => void;
  children: (close: () => void) => ReactNode;
}

export function EditDialog({ title, onClose, children }: EditDialogProps) {
  const { t } = useEditTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) {
      // jsdom has no showModal; a real browser always does
      if (typeof element.showModal === 'function') element.showModal();
      else element.setAttribute('open', '');
    }
    return () => {
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const close = () => {
    const element = dialog.current;
    if (element && typeof element.close === 'function' && element.open) element.close();
    else onCloseRef.current();
  };

  return (
    <dialog ref={dialog} className="edit-panel" aria-labelledby={headingId} onClose={() => onCloseRef.current()}>
      <div className="edit-panel__content">
        <div className="edit-panel__header">
          <h2 id={headingId}>{title}</h2>
          <button type="button" className="button button--secondary" onClick={close}>
            {t('form.close')}
          </button>
        </div>
        {children(close)}
      </div>
    </dialog>
  );
}

export interface EditTriggerProps {
  /** Visible text of the button ("Ändra"). */
  label: string;
  /** Its full name when the text alone is not enough ("Ändra finansieringen från Tillväxtverket"). */
  accessibleName?: string;
  /** Heading of the panel. */
  title: string;
  className?: string;
  children: (close: () => void) => ReactNode;
}

/** A button that opens an edit panel. */
export function EditTrigger({ label, accessibleName, title, className = 'button button--secondary', children }: EditTriggerProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className={className} aria-label={accessibleName} aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <EditDialog title={title} onClose={() => setOpen(false)}>
          {children}
        </EditDialog>
      )}
    </>
  );
}
