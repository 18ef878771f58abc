/**
 * An SVG chart written by the HTML report's chart functions (every text in it escaped there),
 * in a box that scrolls sideways on its own on a narrow screen.
 */
export function Chart(props: { svg: string; label?: string }) {
  return <figure class="chart-box" dangerouslySetInnerHTML={{ __html: props.svg }} />;
}
