/**
 * Copies text for the reader, from a click in our card. The Clipboard API first (secure pages);
 * on plain-http pages, where it does not exist, a selection in a text area of our own shadow
 * root and `execCommand('copy')`, which browsers still allow inside a click.
 */
export async function copyText(text: string, root: ShadowRoot): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no focus, a permissions policy): try the selection below.
  }
  const back = root.activeElement as HTMLElement | null;
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position: fixed; top: 0; left: 0; width: 1px; height: 1px; opacity: 0;';
  root.appendChild(area);
  area.select();
  let done = false;
  try {
    done = document.execCommand('copy');
  } catch {
    done = false;
  }
  area.remove();
  back?.focus({ preventScroll: true });
  return done;
}
