import { useState } from 'react';

interface CopyLinkButtonProps {
  label: string;
  copiedLabel: string;
  failedLabel: string;
}

/** Copies the page's address, which restores the whole view (indicator, filters, sort, regions). */
export function CopyLinkButton({ label, copiedLabel, failedLabel }: CopyLinkButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setState('copied');
    } catch {
      setState('failed');
    }
  }
  return (
    <span className="copy-link">
      <button type="button" className="button button--ghost" onClick={() => void copyLink()}>
        {label}
      </button>
      <span role="status" className="muted">
        {state === 'copied' ? copiedLabel : state === 'failed' ? failedLabel : ''}
      </span>
    </span>
  );
}
