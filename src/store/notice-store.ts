import { create } from 'zustand';

/** A message for the user, named by an i18n key so it follows the language switch. */
export interface Notice {
  id: string;
  messageKey: string;
  params?: Record<string, string | number>;
  tone: 'info' | 'warning';
  /** One button beside the message, e.g. "Muat ulang" when a new version is ready. */
  action?: { labelKey: string; run: () => void };
}

interface NoticeState {
  notices: Notice[];
  addNotice: (notice: Notice) => void;
  dismissNotice: (id: string) => void;
}

export const useNoticeStore = create<NoticeState>()((set) => ({
  notices: [],
  addNotice: (notice) =>
    set(({ notices }) => ({ notices: [...notices.filter((n) => n.id !== notice.id), notice] })),
  dismissNotice: (id) => set(({ notices }) => ({ notices: notices.filter((n) => n.id !== id) })),
}));
