/** Copy and download for the Cite controls; the citation texts themselves are rendered at build time. */
import { downloadText } from './download';

const mediaTypes: Record<string, string> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  txt: 'text/plain',
};

function selected(control: HTMLElement) {
  const input = control.querySelector<HTMLInputElement>('input[type=radio]:checked')!;
  const panel = control.querySelector<HTMLElement>(`[data-panel="${input.value}"]`)!;
  const label = input.parentElement?.textContent?.trim() ?? input.value;
  return { text: panel.textContent ?? '', extension: input.dataset.extension ?? 'txt', label, panel };
}

async function copyText(text: string, panel: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (insecure origin or permissions): select the text so the reader can copy it by hand.
    const range = document.createRange();
    range.selectNodeContents(panel);
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return false;
  }
}

export function enhanceCiteControls(root: ParentNode): void {
  for (const control of root.querySelectorAll<HTMLElement>('[data-cite]')) {
    const status = control.querySelector<HTMLElement>('[data-status]')!;
    const copy = control.querySelector<HTMLButtonElement>('[data-copy]')!;
    const download = control.querySelector<HTMLButtonElement>('[data-download]')!;
    copy.hidden = false;
    download.hidden = false;
    copy.addEventListener('click', async () => {
      const { text, label, panel } = selected(control);
      status.textContent = (await copyText(text, panel)) ? `Copied ${label} to the clipboard.` : `Selected the ${label} text: press Ctrl+C to copy.`;
    });
    download.addEventListener('click', () => {
      const { text, extension, label } = selected(control);
      downloadText(text, `${control.dataset.filename}.${extension}`, mediaTypes[extension]);
      status.textContent = `Downloaded ${label}.`;
    });
    control.addEventListener('change', () => {
      status.textContent = '';
    });
  }
}
