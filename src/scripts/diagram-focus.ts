/**
 * Hovering or focusing a node of the crosstalk diagram brings out its neighbours and the lines to them, and fades the
 * rest; hovering a line brings out its two ends. The neighbours are written into the markup at build time.
 */
export function installDiagramFocus(): void {
  for (const svg of document.querySelectorAll<SVGSVGElement>('svg[data-diagram]')) {
    const clear = () => {
      svg.classList.remove('has-focus');
      for (const el of svg.querySelectorAll('.is-related')) el.classList.remove('is-related');
    };
    const show = (target: EventTarget | null) => {
      clear();
      const element = target instanceof Element ? target : null;
      const node = element?.closest<SVGGElement>('[data-node]');
      const edge = element?.closest<SVGAElement>('[data-edge-link]');
      let ids: string[] = [];
      if (node) ids = [node.dataset.node!, ...node.dataset.neighbours!.split(' ').filter(Boolean)];
      else if (edge) ids = edge.dataset.edgeLink!.split('>');
      else return;
      svg.classList.add('has-focus');
      for (const id of ids) svg.querySelector(`[data-node="${id}"]`)?.classList.add('is-related');
      for (const link of svg.querySelectorAll<SVGAElement>('[data-edge-link]')) {
        const [from, to] = link.dataset.edgeLink!.split('>');
        if (edge ? link === edge : from === ids[0] || to === ids[0]) link.classList.add('is-related');
      }
    };
    svg.addEventListener('pointerover', (event) => show(event.target));
    svg.addEventListener('pointerleave', clear);
    svg.addEventListener('focusin', (event) => show(event.target));
    svg.addEventListener('focusout', clear);
  }
}
