const KEY = "hamkori.check-in.forum";

/** The forum this device last checked visitors in for: the installed app opens straight onto it. */
export function rememberCheckInForum(forumId: string) {
  try {
    localStorage.setItem(KEY, forumId);
  } catch {
    // Private windows may refuse storage; the app then opens on the forums list.
  }
}

export function lastCheckInForum(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}
