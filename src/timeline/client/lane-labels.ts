/**
 * Lane headings fitted to the width the browser lays the chart out at, as the server fits them to
 * its own: cut with an ellipsis when too long, the whole name kept as the lane's title.
 */
import { fitLaneLabel } from '../layout/text.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Fits the heading of each lane in `svg` to `width` pixels. */
export function fitLaneLabels(svg: SVGSVGElement, width: number): void {
  for (const lane of svg.querySelectorAll<SVGGElement>('.tl-lane')) {
    const heading = lane.querySelector('text');
    if (!heading) continue;
    let title = lane.querySelector(':scope > title');
    const name = title?.textContent ?? heading.textContent ?? '';
    const fitted = fitLaneLabel(name, width);
    if (heading.textContent !== fitted) heading.textContent = fitted;
    if (fitted === name) {
      title?.remove();
    } else if (!title) {
      title = document.createElementNS(SVG_NS, 'title');
      title.textContent = name;
      lane.prepend(title);
    }
  }
}
